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

/** {@code patchbay topology --ssh} against the lab's namespace hosts. */
@Tag("lab")
class TopologySshLabTest {
    private static final Lab LAB = Lab.load();

    @TempDir
    Path dir;

    @Test
    void readsALabHostOverSshAsJson() throws Exception {
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--name", "pblab1", "--ssh", "pblab1",
                "--ssh-config", LAB.sshConfig().toString(), "--known-hosts", LAB.knownHosts().toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode host = new ObjectMapper().readTree(r.out()).get("hosts").get(0);
        assertThat(host.get("name").asText()).isEqualTo("pblab1");
        assertThat(host.get("sources").get(0).asText()).isEqualTo("ssh");
        List<String> names = new ArrayList<>();
        host.get("devices").forEach(d -> names.add(d.get("name").asText()));
        assertThat(names).containsAll(Lab.HOSTILE_BRIDGES).containsAll(Lab.HOSTILE_TAPS).contains("br0", "vnet0");
    }

    @Test
    void anUnknownHostKeyExitsWith4AndShowsTheFingerprint() throws Exception {
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f", LAB.hostKeyPub("pblab2").toString()).start();
        String fp = new String(keygen.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split(" ")[1];
        assertThat(keygen.waitFor()).isZero();
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--ssh", "pblab2",
                "--ssh-config", LAB.sshConfig().toString(), "--known-hosts", dir.resolve("known_hosts").toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains(fp).contains("--accept-new-host-key");
    }

    @Test
    void badTargetsExitWith2() {
        TopologyCommandTest.Run option = TopologyCommandTest.run("topology", "--ssh", "-oProxyCommand=touch /tmp/pwned");
        assertThat(option.code()).isEqualTo(2);
        TopologyCommandTest.Run shell = TopologyCommandTest.run("topology", "--ssh", "pbtest@$(touch /tmp/pwned)");
        assertThat(shell.code()).isEqualTo(2);
        assertThat(shell.err()).contains("SSH target 'pbtest@$(touch /tmp/pwned)' is not valid");
    }
}
