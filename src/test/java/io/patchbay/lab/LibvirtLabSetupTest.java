package io.patchbay.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.libvirt.LibvirtUri;
import io.patchbay.testsupport.GuestSerial.GuestNic;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The libvirt part of the lab is as lab/README.md describes it, and lab/libvirt-up is idempotent. */
@Tag("lab")
class LibvirtLabSetupTest {
    private static final Lab LAB = Lab.load();
    private static final Duration T = Duration.ofSeconds(30);

    private static List<String> virsh(String... args) {
        return LAB.virsh(T, args);
    }

    @Test
    void bridgesHaveNoAddressesAndNoUplinks() throws Exception {
        assertThat(LAB.bridges()).containsExactly("pbbr0", "pbbr1");
        for (String br : LAB.bridges()) {
            JsonNode link = new ObjectMapper().readTree(String.join("\n",
                    Lab.runCommand(T, "ip", "-j", "addr", "show", "dev", br))).get(0);
            assertThat(link.get("addr_info")).as(br + " addresses").isEmpty();
            assertThat(link.get("operstate").asText()).isNotEqualTo("DOWN");
        }
        JsonNode ports = new ObjectMapper().readTree(String.join("\n", Lab.runCommand(T, "bridge", "-j", "link")));
        for (JsonNode p : ports) {
            if (LAB.bridges().contains(p.path("master").asText())) {
                assertThat(p.get("ifname").asText()).as("only guest taps are ports of the lab bridges").startsWith("vnet");
            }
        }
    }

    @Test
    void guestsRunAndReportTheirNicsTemplateIsShutOff() {
        assertThat(virsh("list", "--name")).contains("pbguest1", "pbguest2");
        assertThat(virsh("domstate", "pbtemplate1")).first().isEqualTo("shut off");
        GuestNic g1 = LAB.guestSerial("pbguest1").awaitMac("52:54:00:bb:01:01");
        assertThat(g1).isEqualTo(new GuestNic("eth0", "52:54:00:bb:01:01", "0000:01:00.0"));
        GuestNic g2 = LAB.guestSerial("pbguest2").awaitMac("52:54:00:bb:02:02");
        assertThat(g2.name()).isEqualTo("eth1");
        assertThat(virsh("net-info", LAB.libvirtNetwork())).anyMatch(l -> l.matches("Bridge:\\s+pbbr1"));
        assertThat(Files.isRegularFile(Path.of("/var/cache/patchbay-lab/guest/vmlinuz"))).isTrue();
    }

    /**
     * The DHCP network is isolated (no forward, no DNS), on its own bridge with the network's
     * address, and its only port is the DHCP guest's tap; the guest runs with its one vNIC there.
     */
    @Test
    void theDhcpNetworkIsIsolatedAndItsGuestRunsOnIt() throws Exception {
        String xml = String.join("\n", virsh("net-dumpxml", LAB.dhcpNetwork()));
        assertThat(xml).doesNotContain("<forward").contains("<dns enable='no'/>")
                .contains("<bridge name='" + LAB.dhcpBridge() + "'")
                .contains("<range start='198.51.100.100' end='198.51.100.200'/>");
        assertThat(virsh("net-list", "--name")).contains(LAB.dhcpNetwork());
        assertThat(LAB.dhcpSubnet()).isEqualTo("198.51.100.0/24");
        JsonNode addr = new ObjectMapper().readTree(String.join("\n",
                Lab.runCommand(T, "ip", "-j", "-4", "addr", "show", "dev", LAB.dhcpBridge()))).get(0).get("addr_info");
        assertThat(addr).hasSize(1);
        assertThat(addr.get(0).get("local").asText() + "/" + addr.get(0).get("prefixlen").asInt()).isEqualTo("198.51.100.1/24");

        assertThat(virsh("domstate", LAB.dhcpGuest())).first().isEqualTo("running");
        List<String> nics = virsh("domiflist", LAB.dhcpGuest()).stream().filter(l -> l.contains(":")).toList();
        assertThat(nics).singleElement().satisfies(l -> assertThat(l.trim().split("\\s+"))
                .containsSubsequence("network", LAB.dhcpNetwork(), "virtio", LAB.dhcpMac()));
        String tap = nics.get(0).trim().split("\\s+")[0];
        JsonNode ports = new ObjectMapper().readTree(String.join("\n", Lab.runCommand(T, "bridge", "-j", "link")));
        List<String> onDhcpBridge = new ArrayList<>();
        ports.forEach(p -> {
            if (p.path("master").asText().equals(LAB.dhcpBridge())) {
                onDhcpBridge.add(p.get("ifname").asText());
            }
        });
        assertThat(onDhcpBridge).containsExactly(tap);
        assertThat(LAB.guestSerial(LAB.dhcpGuest()).awaitMac(LAB.dhcpMac()).name()).isEqualTo("eth0");
    }

    /**
     * System mode: the lab's libvirtd is this machine's qemu:///system, in our mount namespace.
     * Private mode (a libvirtd the lab did not start runs here): the lab's runs in a mount namespace
     * of its own on the lab's socket, reached over SSH through the same socket, and the machine's
     * daemon (whatever answers at plain qemu:///system, when its socket is there) holds none of the
     * lab's domains.
     */
    @Test
    void theLabsLibvirtdRunsWhereItsModeSaysAndBothUrisReachIt() throws Exception {
        String pid = Files.readString(LAB.libvirtdPidFile()).strip();
        Path daemonNs = Files.readSymbolicLink(Path.of("/proc", pid, "ns", "mnt"));
        Path ourNs = Files.readSymbolicLink(Path.of("/proc/self/ns/mnt"));
        List<String> domains = virsh("list", "--all", "--name").stream().filter(l -> !l.isBlank()).toList();
        assertThat(domains).contains("pbguest1", "pbguest2", "pbtemplate1");
        switch (LAB.libvirtMode()) {
            case SYSTEM -> {
                assertThat(LAB.libvirtUri()).isEqualTo("qemu:///system");
                assertThat(daemonNs).isEqualTo(ourNs);
                assertThat(LAB.libvirtQemuConf()).isEqualTo(Path.of("/etc/libvirt/qemu.conf"));
            }
            case PRIVATE -> {
                Path sock = LAB.dir().resolve("libvirt/run/libvirt-sock");
                assertThat(LAB.libvirtUri()).isEqualTo("qemu:///system?socket=" + sock);
                assertThat(daemonNs).isNotEqualTo(ourNs);
                assertThat(LAB.libvirtQemuConf()).isEqualTo(LAB.dir().resolve("libvirt/etc/qemu.conf"));
                if (Files.exists(Path.of("/run/libvirt/libvirt-sock"))) {
                    assertThat(Lab.runCommand(T, "virsh", "-c", "qemu:///system", "list", "--all", "--name"))
                            .as("the machine's own libvirtd").doesNotContain("pbguest1", "pbguest2", "pbtemplate1");
                }
            }
        }
        String ssh = LibvirtUri.parse(LAB.libvirtSshUri()).forLibvirt();
        assertThat(Lab.runCommand(T, "virsh", "-c", ssh, "list", "--all", "--name").stream().filter(l -> !l.isBlank()))
                .as("the same daemon over SSH").containsExactlyInAnyOrderElementsOf(domains);
    }

    @Test
    void libvirtUpAgainRestartsNothing() throws Exception {
        String libvirtd = Files.readString(LAB.libvirtdPidFile()).strip();
        String id1 = virsh("domid", "pbguest1").get(0).strip();
        String id3 = virsh("domid", LAB.dhcpGuest()).get(0).strip();
        List<String> out = Lab.runCommand(Duration.ofSeconds(60), Path.of("lab/libvirt-up").toAbsolutePath().toString());
        assertThat(out).anyMatch(l -> l.startsWith("libvirt lab up:"));
        assertThat(Files.readString(LAB.libvirtdPidFile()).strip()).isEqualTo(libvirtd);
        assertThat(virsh("domid", "pbguest1").get(0).strip()).as("pbguest1 not restarted").isEqualTo(id1);
        assertThat(virsh("domid", LAB.dhcpGuest()).get(0).strip()).as(LAB.dhcpGuest() + " not restarted").isEqualTo(id3);
    }
}
