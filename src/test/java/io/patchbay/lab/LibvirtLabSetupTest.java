package io.patchbay.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.GuestSerial.GuestNic;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The libvirt part of the lab is as lab/README.md describes it, and lab/libvirt-up is idempotent. */
@Tag("lab")
class LibvirtLabSetupTest {
    private static final Lab LAB = Lab.load();
    private static final Duration T = Duration.ofSeconds(30);

    private static List<String> virsh(String... args) {
        String[] argv = new String[args.length + 3];
        argv[0] = "virsh";
        argv[1] = "-c";
        argv[2] = LAB.libvirtUri();
        System.arraycopy(args, 0, argv, 3, args.length);
        return Lab.runCommand(T, argv);
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

    @Test
    void libvirtUpAgainRestartsNothing() throws Exception {
        String libvirtd = Files.readString(Path.of("/run/patchbay-lab-libvirtd.pid")).strip();
        String id1 = virsh("domid", "pbguest1").get(0).strip();
        List<String> out = Lab.runCommand(Duration.ofSeconds(60), Path.of("lab/libvirt-up").toAbsolutePath().toString());
        assertThat(out).anyMatch(l -> l.startsWith("libvirt lab up:"));
        assertThat(Files.readString(Path.of("/run/patchbay-lab-libvirtd.pid")).strip()).isEqualTo(libvirtd);
        assertThat(virsh("domid", "pbguest1").get(0).strip()).as("pbguest1 not restarted").isEqualTo(id1);
    }
}
