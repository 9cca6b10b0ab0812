package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.testsupport.GuestSerial.GuestNic;
import io.patchbay.testsupport.Lab;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading the lab's real libvirtd (qemu:///system) and its running TCG guests. */
@Tag("lab")
class LibvirtLabReadTest {
    private static final Lab LAB = Lab.load();
    private static LibvirtConnection conn;

    @BeforeAll
    static void open() throws Exception {
        conn = LibvirtConnection.open(LAB.libvirtUri());
    }

    @AfterAll
    static void close() {
        conn.close();
    }

    /** tap -> bridge, from the kernel ({@code bridge -j link}). */
    static Map<String, String> bridgePorts() throws Exception {
        String json = String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "bridge", "-j", "link"));
        Map<String, String> out = new HashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            if (n.hasNonNull("master")) {
                out.put(n.get("ifname").asText(), n.get("master").asText());
            }
        }
        return out;
    }

    @Test
    void readsTheRunningGuestsLiveAndConfigWithTheirTapsOnTheLabBridges() throws Exception {
        LibvirtState s = new LibvirtReader(conn).read();
        Map<String, String> ports = bridgePorts();

        Vm g1 = s.vm("pbguest1").orElseThrow();
        assertThat(g1.state()).isEqualTo("running");
        assertThat(g1.persistent()).isTrue();
        assertThat(g1.id()).isPositive();
        Vnic n1 = vnic(g1, "52:54:00:bb:01:01");
        assertThat(n1.scope()).isEqualTo("both");
        assertThat(n1.type()).isEqualTo("bridge");
        assertThat(n1.sourceName()).isEqualTo("pbbr0");
        assertThat(n1.model()).isEqualTo("virtio");
        assertThat(n1.pci()).isEqualTo("0000:01:00.0");
        assertThat(n1.alias()).isEqualTo("net0");
        assertThat(n1.target()).startsWith("vnet");
        assertThat(ports).containsEntry(n1.target(), "pbbr0");

        Vm g2 = s.vm("pbguest2").orElseThrow();
        Vnic a = vnic(g2, "52:54:00:bb:02:01");
        Vnic b = vnic(g2, "52:54:00:bb:02:02");
        assertThat(ports).containsEntry(a.target(), "pbbr0").containsEntry(b.target(), "pbbr1");
        assertThat(List.of(a.scope(), b.scope())).containsOnly("both");

        Vm t = s.vm("pbtemplate1").orElseThrow();
        assertThat(t.state()).isEqualTo("shut off");
        assertThat(t.id()).isNull();
        assertThat(t.vnics()).extracting(Vnic::scope).containsOnly("config");
        assertThat(t.vnics()).extracting(Vnic::target).containsOnlyNulls();

        LibvirtNetwork net = s.networks().stream().filter(n -> n.name().equals(LAB.libvirtNetwork())).findFirst()
                .orElseThrow();
        assertThat(List.of(net.bridge(), net.active(), net.persistent())).containsExactly("pbbr1", true, true);
        // the network's XML, read through libvirt: a bridge-mode network over pbbr1
        assertThat(net.info().name()).isEqualTo(LAB.libvirtNetwork());
        assertThat(net.info().forwardMode()).isEqualTo("bridge");
        assertThat(net.info().bridge()).isEqualTo("pbbr1");
        assertThat(List.of(net.info().active(), net.info().persistent())).containsExactly(true, true);
    }

    @Test
    void predictedGuestNamesMatchWhatTheRealGuestReports() throws Exception {
        for (String guest : LAB.guests()) {
            Vm vm = new LibvirtReader(conn).readDomain(guest);
            for (String mac : List.of("52:54:00:bb:01:01", "52:54:00:bb:02:01", "52:54:00:bb:02:02")) {
                Vnic v = vm.vnics().stream().filter(n -> n.mac().equals(mac)).findFirst().orElse(null);
                if (v == null) {
                    continue;
                }
                GuestNic seen = LAB.guestSerial(guest).awaitMac(mac);
                assertThat(v.guestName()).as(guest + " " + mac).isEqualTo(seen.name());
                assertThat(v.pci()).as(guest + " " + mac + " PCI as the guest sees it").isEqualTo(seen.pci());
            }
        }
        Vm g2 = new LibvirtReader(conn).readDomain("pbguest2");
        assertThat(g2.vnics()).extracting(Vnic::guestName).contains("eth0", "eth1");
        assertThat(GuestNamePredictor.predictableName(vnic(g2, "52:54:00:bb:02:02").pci())).isEqualTo("enp2s0");
    }

    @Test
    void aLocalDaemonsVmsAreLinkedToTheirTapsOnThisMachine() throws Exception {
        try (LibvirtSource src = new LibvirtSource("this-host", conn, false, new LocalSource("this-host", Duration.ofSeconds(20)))) {
            HostTopology t = src.refresh();
            assertThat(t.sources()).containsExactly("local", "libvirt");
            String tap = vnic(t.vms().stream().filter(v -> v.name().equals("pbguest1")).findFirst().orElseThrow(),
                    "52:54:00:bb:01:01").target();
            assertThat(t.links()).contains(new Link(tap, "pbguest1", LinkKind.VNIC), new Link(tap, "pbbr0", LinkKind.PORT));
            assertThat(t.device(tap).orElseThrow().mac()).isEqualTo("fe:54:00:bb:01:01");
        }
    }

    @Test
    void overSshWithTheLabKnownHostsItReadsTheSameDomains() throws Exception {
        try (LibvirtConnection ssh = LibvirtConnection.open(LAB.libvirtSshUri())) {
            LibvirtState s = new LibvirtReader(ssh).read();
            assertThat(s.vms()).extracting(Vm::name).contains("pbguest1", "pbguest2", "pbtemplate1");
            assertThat(ssh.uri().forLibvirt()).startsWith("qemu+libssh2://");
        }
    }

    static Vnic vnic(Vm vm, String mac) {
        return vm.vnics().stream().filter(n -> mac.equals(n.mac())).findFirst()
                .orElseThrow(() -> new AssertionError(vm.name() + " has no vNIC " + mac + ": " + vm.vnics()));
    }
}
