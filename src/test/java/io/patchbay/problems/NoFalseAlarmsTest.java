package io.patchbay.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Healthy hosts show no problem: the seed host, the lab's captures and the corpus's outputs.
 * The corpus's degraded 802.3ad bonds are real faults and are found (a bonding file alone names
 * its bond after the file).
 */
class NoFalseAlarmsTest {
    private static List<Problem> of(Path... paths) throws Exception {
        HostTopology h = new CaptureSource("h", List.of(paths)).refresh();
        return Problems.of(h);
    }

    @Test
    void theSeedHostHasNoProblem() throws Exception {
        assertThat(of(Shared.seed("rhev-host-01.ip-addr-show.txt"), Shared.seed("rhev-host-01.brctl-show.txt")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sosreport-lab", "json/ip-j-d-link.json", "json/bond-vlan-transcribed-ip-j-d-link.json"})
    void theLabCapturesHaveNoProblem(String capture) throws Exception {
        assertThat(of(TestCaptures.path(capture))).isEmpty();
    }

    /** The namespace capture's bridge br1 has a VXLAN port at 1450 beside ports at 1500: the classic real fault. */
    @Test
    void theNamespaceCapturesVxlanPortIsARealMtuMismatch() throws Exception {
        assertThat(of(TestCaptures.path("text/netns.ip-d-link.txt")))
                .extracting(Problem::finding, Problem::args)
                .containsExactly(tuple(Finding.MTU_PORT_BELOW_BRIDGE, List.of("vxlan42", "1450", "br1", "1500")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ip/IP_ADDR_TEST.txt", "ip/IP_D_S_LINK_BOND_1.txt", "ip/IP_S_LINK.txt",
            "ip/IP_S_LINK_ALL.txt", "brctl_show/BRCTL_SHOW.txt", "brctl_show/BRCTL_SHOW_TAB.txt",
            "bond/BONDINFO_1.txt", "bond/BONDINFO_MODE_2.txt", "bond/BONDINFO_MODE_5.txt", "bond/BONDINFO_MODE_7.txt",
            "qemu_xml/RHEL_7_4_XML.txt", "qemu_xml/XML_RHOSP.txt", "virsh_list_all/OUTPUT.txt"})
    void theCorpusHostsHaveNoProblem(String file) throws Exception {
        String[] parts = file.split("/");
        assertThat(of(Shared.corpus(parts[0], parts[1]))).isEmpty();
    }

    @Test
    void theCorpusDegradedLacpBondsAreFound() throws Exception {
        assertThat(of(Shared.corpus("bond", "BONDINFO_MODE_4.txt")))
                .extracting(Problem::finding, Problem::subjects)
                .containsExactly(tuple(Finding.BOND_OUTSIDE_AGGREGATOR, List.of("BONDINFO_MODE_4", "eth2")));
        assertThat(of(Shared.corpus("bond", "BOND_MODE_4.txt")))
                .extracting(Problem::finding, Problem::subjects)
                .containsExactly(tuple(Finding.BOND_MEMBER_DOWN, List.of("BOND_MODE_4", "enp0s8")));
    }
}
