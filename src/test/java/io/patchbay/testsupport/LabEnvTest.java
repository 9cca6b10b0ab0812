package io.patchbay.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lab.env: the format lab/up writes, and clear errors without a lab. */
class LabEnvTest {
    @TempDir
    Path dir;

    @Test
    void missingEnvFileSaysTheLabIsNotUp() {
        assertThatThrownBy(() -> Lab.load(dir.resolve("lab.env")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lab is not up: run `sudo lab/up`");
    }

    @Test
    void readsTheKeysLabUpWrites() throws IOException {
        Path env = dir.resolve("lab.env");
        Files.write(env, List.of(
                "# Patchbay lab (written by lab/up): shell-style KEY=value",
                "LAB_DIR=/run/patchbay-lab",
                "LAB_USER=pbtest",
                "LAB_KEY=/run/patchbay-lab/client/id_ed25519",
                "LAB_SSHD_PORT=2222",
                "LAB_HOSTS=\"pblab1 pblab2\"",
                "LAB_ADDR_pblab1=10.77.1.2",
                "LAB_ADDR_pblab2=10.77.2.2"), StandardCharsets.UTF_8);
        Lab lab = Lab.load(env);
        assertThat(lab.hosts()).containsExactly("pblab1", "pblab2");
        assertThat(lab.address("pblab2")).isEqualTo("10.77.2.2");
        assertThat(lab.sshdPort()).isEqualTo(2222);
        assertThat(lab.user()).isEqualTo("pbtest");
        assertThat(lab.key()).isEqualTo(Path.of("/run/patchbay-lab/client/id_ed25519"));
        assertThatThrownBy(() -> lab.address("pblab9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pblab9");
        assertThatThrownBy(lab::keyRsa)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LAB_KEY_RSA");
    }

    @Test
    void theDhcpGuestHasItsNamesAndASerialLogBesideTheGuests() throws IOException {
        Path env = dir.resolve("lab.env");
        Files.write(env, List.of(
                "LAB_GUESTS=\"pbguest1 pbguest2\"",
                "LAB_GUEST_SERIAL_pbguest1=/run/patchbay-lab/guests/pbguest1.serial",
                "LAB_GUEST_SERIAL_pbguest3=/run/patchbay-lab/guests/pbguest3.serial",
                "LAB_DHCP_NETWORK=pbdhcp",
                "LAB_DHCP_BRIDGE=pbbr2",
                "LAB_DHCP_SUBNET=198.51.100.0/24",
                "LAB_DHCP_GUEST=pbguest3",
                "LAB_DHCP_MAC=52:54:00:bb:03:01"), StandardCharsets.UTF_8);
        Lab lab = Lab.load(env);
        assertThat(List.of(lab.dhcpNetwork(), lab.dhcpBridge(), lab.dhcpSubnet(), lab.dhcpGuest(), lab.dhcpMac()))
                .containsExactly("pbdhcp", "pbbr2", "198.51.100.0/24", "pbguest3", "52:54:00:bb:03:01");
        assertThat(lab.guests()).containsExactly("pbguest1", "pbguest2");
        assertThat(lab.guestSerial("pbguest3").log()).isEqualTo(Path.of("/run/patchbay-lab/guests/pbguest3.serial"));
        assertThatThrownBy(() -> lab.guestSerial("pbguest9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pbguest9").hasMessageContaining("pbguest3");
    }

    @Test
    void theLastLeaseOfANicIsReadFromTheSerialLog() throws IOException {
        Path log = dir.resolve("pbguest3.serial");
        Files.write(log, List.of("PBGUEST up 6.1.0", "PBROUND 1", "PBNIC eth0 52:54:00:bb:03:01 0000:01:00.0", "PBEND 1",
                "PBLEASE eth0 198.51.100.150/24", "PBLEASE eth1 198.51.100.160/24", "PBROUND 2",
                "PBNIC eth0 52:54:00:bb:03:01 0000:01:00.0", "PBLEASE eth0 198.51.100.151/24", "PBEND 2"),
                StandardCharsets.UTF_8);
        GuestSerial serial = GuestSerial.of("pbguest3", log);
        assertThat(serial.lastLease("eth0")).contains("198.51.100.151/24");
        assertThat(serial.lastLease("eth1")).contains("198.51.100.160/24");
        assertThat(serial.lastLease("eth2")).isEmpty();
        // a lease line inside a round is not one of its NICs
        assertThat(serial.lastRound()).contains(List.of(new GuestSerial.GuestNic("eth0", "52:54:00:bb:03:01", "0000:01:00.0")));
    }

    @Test
    void malformedLineIsNamedWithItsNumber() throws IOException {
        Path env = dir.resolve("lab.env");
        Files.write(env, List.of("LAB_DIR=/run/patchbay-lab", "this is not an assignment"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Lab.load(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("expected KEY=value");
    }
}
