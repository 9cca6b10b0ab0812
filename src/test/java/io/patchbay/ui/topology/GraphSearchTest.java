package io.patchbay.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search on real captures: a host with libvirt data (the lab sosreport) beside one without (the seed). */
class GraphSearchTest {
    private static Map<String, GraphSubject> subjects(String seedName) throws Exception {
        List<HostTopology> hosts = List.of(
                new CaptureSource(seedName, List.of(Shared.seed("rhev-host-01.ip-addr-show.txt"),
                        Shared.seed("rhev-host-01.brctl-show.txt"))).refresh(),
                new CaptureSource(null, List.of(TestCaptures.path("sosreport-lab"))).refresh());
        return TopologyGraph.of(hosts, Set.of()).subjects();
    }

    @Test
    void aGuestMacFindsTheVmsTapBeforeTheVm() throws Exception {
        assertThat(GraphSearch.find(subjects(null), "52:54:00:4a:7c:01"))
                .containsExactly("lab-kvm-01/vnet0", "lab-kvm-01/vm:web1");
    }

    @Test
    void exactMatchesComeBeforePartialOnesAndVmTapsBeforeBareTaps() throws Exception {
        assertThat(GraphSearch.find(subjects(null), "vnet0"))
                .containsExactly("lab-kvm-01/vnet0", "rhev-host-01/vnet000", "rhev-host-01/vnet001", "rhev-host-01/vnet002");
        // the seed's taps belong to no VM it knows of: the lab's VM taps come first, whatever the names
        assertThat(GraphSearch.find(subjects("a-host"), "vnet"))
                .containsExactly("lab-kvm-01/vnet0", "lab-kvm-01/vnet1", "a-host/vnet000", "a-host/vnet001", "a-host/vnet002");
    }

    @Test
    void aHostWithLibvirtDataComesBeforeOneWithout() throws Exception {
        // both hosts have a loopback named lo; "a-host" sorts first by name but has no VMs
        assertThat(GraphSearch.find(subjects("a-host"), "lo")).startsWith("lab-kvm-01/lo", "a-host/lo");
    }

    @Test
    void theVmTapShowsItsGuestsMac() throws Exception {
        Map<String, GraphSubject> s = subjects(null);
        assertThat(TapGuests.of(s)).containsOnlyKeys("lab-kvm-01/vnet0", "lab-kvm-01/vnet1");
        assertThat(TapGuests.of(s).get("lab-kvm-01/vnet0").mac()).isEqualTo("52:54:00:4a:7c:01");
    }
}
