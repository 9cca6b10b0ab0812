package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.Lab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code patchbay topology --libvirt} against the lab libvirtd, alone and merged with SSH. */
@Tag("lab")
class TopologyLibvirtLabTest {
    private static final Lab LAB = Lab.load();

    @TempDir
    Path dir;

    @Test
    void sshAndLibvirtForTheSameHostAreOneHost() throws Exception {
        String target = LAB.user() + "@127.0.0.1:" + LAB.sshdPort();
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--known-hosts", LAB.knownHosts().toString(),
                "-i", LAB.key().toString(), "--ssh", target, "--libvirt", LAB.libvirtSshUri(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hosts = new ObjectMapper().readTree(r.out()).get("hosts");
        assertThat(hosts).hasSize(1);
        JsonNode host = hosts.get(0);
        assertThat(host.get("sources").toString()).isEqualTo("[\"ssh\",\"libvirt\"]");
        String tap = null;
        for (JsonNode vm : host.get("vms")) {
            if (vm.get("name").asText().equals("pbguest1")) {
                for (JsonNode n : vm.get("vnics")) {
                    if (n.get("mac").asText().equals("52:54:00:bb:01:01")) {
                        tap = n.get("target").asText();
                        assertThat(n.get("guestName").asText()).isEqualTo("eth0");
                        assertThat(n.get("pci").asText()).isEqualTo("0000:01:00.0");
                    }
                }
            }
        }
        assertThat(tap).as("pbguest1's vNIC with its target").isNotNull();
        List<String> links = new ArrayList<>();
        host.get("links").forEach(l -> links.add(l.get("from").asText() + ">" + l.get("to").asText() + ":" + l.get("kind").asText()));
        assertThat(links).contains(tap + ">pbguest1:vnic", tap + ">pbbr0:port");
        List<String> devices = new ArrayList<>();
        host.get("devices").forEach(d -> devices.add(d.get("name").asText()));
        assertThat(devices).contains(tap, "pbbr0", "pbbr1");
    }

    @Test
    void oneNameGivesOneHostAndTheCommandLinesKeyAndKnownHostsReachLibvirt() throws Exception {
        String target = LAB.user() + "@127.0.0.1:" + LAB.sshdPort();
        String bare = "qemu+ssh://" + target + "/system";
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--known-hosts", LAB.knownHosts().toString(),
                "-i", LAB.key().toString(), "--name", "kvm-a", "--ssh", target, "--libvirt", bare, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hosts = new ObjectMapper().readTree(r.out()).get("hosts");
        assertThat(hosts).hasSize(1);
        assertThat(hosts.get(0).get("name").asText()).isEqualTo("kvm-a");
        assertThat(hosts.get(0).get("sources").toString()).isEqualTo("[\"ssh\",\"libvirt\"]");
        assertThat(hosts.get(0).get("vms").toString()).contains("\"pbguest1\"");
    }

    @Test
    void theLocalDaemonAloneBringsThisMachinesTaps() throws Exception {
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--name", "here", "--libvirt", LAB.libvirtUri(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode host = new ObjectMapper().readTree(r.out()).get("hosts").get(0);
        assertThat(host.get("name").asText()).isEqualTo("here");
        assertThat(host.get("sources").toString()).isEqualTo("[\"local\",\"libvirt\"]");
        assertThat(host.get("links").toString()).contains("\"to\":\"pbguest2\",\"kind\":\"vnic\"");
    }

    @Test
    void anUnknownSshHostKeyForLibvirtIsRefusedWith4() {
        String uri = LAB.libvirtSshUri().replace(LAB.knownHosts().toString(), dir.resolve("empty_known_hosts").toString());
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--libvirt", uri);
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("host key is not in known_hosts").contains("--accept-new-host-key");
    }

    @Test
    void aChangedHostKeyIsRefusedEvenWithAcceptNew() throws Exception {
        Path kh = dir.resolve("known_hosts");
        String otherKey = java.nio.file.Files.readString(LAB.hostKeyPub("pblab1")).split(" ")[1];
        java.nio.file.Files.writeString(kh, "[127.0.0.1]:" + LAB.sshdPort() + " ssh-ed25519 " + otherKey + "\n");
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--accept-new-host-key", "--known-hosts", kh.toString(),
                "-i", LAB.key().toString(), "--libvirt", "qemu+ssh://" + LAB.user() + "@127.0.0.1:" + LAB.sshdPort() + "/system");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("HOST KEY VERIFICATION FAILED");
    }

    @Test
    void acceptNewHostKeyTrustsAFirstSeenKeyAndStoresIt() throws Exception {
        Path kh = dir.resolve("known_hosts");
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--accept-new-host-key", "--known-hosts", kh.toString(),
                "-i", LAB.key().toString(), "--libvirt", "qemu+ssh://" + LAB.user() + "@127.0.0.1:" + LAB.sshdPort() + "/system");
        assertThat(r.code()).as(r.err()).isZero();
        String pub = java.nio.file.Files.readString(LAB.sshdHostKeyPub()).split(" ")[1];
        assertThat(java.nio.file.Files.readString(kh)).contains("[127.0.0.1]:" + LAB.sshdPort()).contains(pub);
    }
}
