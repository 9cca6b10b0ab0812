package io.patchbay.discovery.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.parse.DeviceFacts;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.model.Vm;
import io.patchbay.testsupport.TestCaptures;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab sosreport read end to end with the standard parsers (the text parsers come from the
 * h-text branch): what each of its files says about the host.
 */
class SosreportLabTest {
    private static Map<String, Observation> byFile;

    @BeforeAll
    static void read() throws PatchbayException {
        List<Observation> obs = new CaptureReader().read(List.of(TestCaptures.path("sosreport-lab")));
        byFile = obs.stream().collect(Collectors.toMap(o -> o.origin().substring("capture sosreport-lab/".length()),
                Function.identity()));
    }

    @Test
    void everyFileIsReadWithoutWarnings() {
        assertThat(byFile).containsOnlyKeys("hostname", "sos_commands/networking/ip_-s_-d_link",
                "sos_commands/networking/ip_-d_address", "sos_commands/networking/brctl_show",
                "proc/net/bonding/bond0", "var/run/libvirt/qemu/db1.xml", "var/run/libvirt/qemu/web1.xml",
                "sos_commands/virsh/virsh_-r_list_--all", "etc/libvirt/qemu/build1.xml",
                "etc/libvirt/qemu/db1.xml", "etc/libvirt/qemu/web1.xml");
        assertThat(byFile.values()).allSatisfy(o -> assertThat(o.warnings()).as(o.origin()).isEmpty());
        assertThat(byFile.get("hostname").hostname()).isEqualTo("lab-kvm-01");
    }

    @Test
    void theNetnsBridgeWithItsTapsAndVeth() {
        Observation brctl = byFile.get("sos_commands/networking/brctl_show");
        assertThat(brctl.device("br0").bridgePorts).containsExactly("veth1", "vnet0", "vnet1");
        assertThat(brctl.device("br0").bridgeStp).isFalse();
        Observation link = byFile.get("sos_commands/networking/ip_-s_-d_link");
        assertThat(link.devices()).extracting(f -> f.name)
                .containsExactly("lo", "br0", "veth1", "veth0", "vnet0", "vnet1");
        DeviceFacts vnet0 = link.device("vnet0");
        assertThat(vnet0.mac).isEqualTo("fe:54:00:4a:7c:01");
        assertThat(vnet0.master).isEqualTo("br0");
        assertThat(vnet0.tunType).isEqualTo("tap");
        Observation addr = byFile.get("sos_commands/networking/ip_-d_address");
        assertThat(addr.device("br0").addresses).contains("192.168.100.1/24");
        assertThat(addr.device("veth0").addresses).contains("10.0.0.1/24");
    }

    @Test
    void theBondFromTheCorpusIsNamedAfterItsFile() {
        DeviceFacts bond0 = byFile.get("proc/net/bonding/bond0").device("bond0");
        assertThat(bond0.bondMode).contains("active-backup");
        assertThat(bond0.bondActiveSlave).isEqualTo("enp17s0f0");
        assertThat(bond0.bondSlaves).extracting(s -> s.name()).containsExactly("enp17s0f0", "enp17s0f1");
    }

    @Test
    void vmsLiveAndDefined() {
        assertThat(byFile.get("sos_commands/virsh/virsh_-r_list_--all").vms())
                .extracting(Vm::name, Vm::state, Vm::id)
                .containsExactly(tuple("web1", "running", 1), tuple("db1", "running", 2), tuple("build1", "shut off", null));
        Vm web1 = byFile.get("var/run/libvirt/qemu/web1.xml").vms().get(0);
        assertThat(web1.vnics()).extracting(v -> v.target(), v -> v.mac(), v -> v.sourceName())
                .containsExactly(tuple("vnet0", "52:54:00:4a:7c:01", "br0"));
        Vm build1 = byFile.get("etc/libvirt/qemu/build1.xml").vms().get(0);
        assertThat(build1.persistent()).isTrue();
        assertThat(build1.vnics()).extracting(v -> v.type(), v -> v.sourceName())
                .containsExactly(tuple("network", "default"));
    }
}
