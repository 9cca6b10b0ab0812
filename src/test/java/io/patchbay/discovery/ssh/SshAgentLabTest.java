package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authentication through a real ssh-agent, started for each test on its own socket. */
@Tag("lab")
class SshAgentLabTest {
    @TempDir
    Path dir;
    private Path socket;
    private Process agent;

    @BeforeEach
    void startAgent() throws IOException {
        socket = dir.resolve("agent.sock");
        // in the foreground (-D); it prints SSH_AUTH_SOCK=... once the socket is bound
        agent = new ProcessBuilder("ssh-agent", "-D", "-s", "-a", socket.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(agent.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("first line of ssh-agent").startsWith("SSH_AUTH_SOCK=" + socket + ";");
    }

    @AfterEach
    void stopAgent() throws InterruptedException {
        agent.destroy();
        assertThat(agent.waitFor(10, TimeUnit.SECONDS)).as("ssh-agent ended").isTrue();
    }

    private SshSettings viaAgentOnly() {
        return SshSettings.forHome(dir.resolve("home"), Optional.of(socket)).withKnownHosts(LabEnv.knownHosts());
    }

    private SshTarget loop() throws PatchbayException {
        return SshTarget.parse(LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort());
    }

    @Test
    void theAgentsKeyLogsIn() throws Exception {
        Cmd.run(List.of("ssh-add", "-q", LabEnv.key("ecdsa").toString()), Map.of("SSH_AUTH_SOCK", socket.toString()));
        try (SshConnection c = SshConnection.open(loop(), viaAgentOnly())) {
            String[] client = c.exec("echo $SSH_CLIENT").stdout().strip().split(" ");
            assertThat(Files.readAllLines(LabEnv.loopSshdLog())).contains("Accepted publickey for " + LabEnv.user() + " from "
                    + client[0] + " port " + client[1] + " ssh2: ECDSA " + Cmd.fingerprint(Path.of(LabEnv.key("ecdsa") + ".pub")));
        }
        // nothing was added to the agent by connecting
        assertThat(Cmd.run(List.of("ssh-add", "-l"), Map.of("SSH_AUTH_SOCK", socket.toString())).strip().split("\n")).hasSize(1);
    }

    @Test
    void anEmptyAgentIsNamedInTheAuthenticationFailure() {
        assertThatThrownBy(() -> SshConnection.open(loop(), viaAgentOnly()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                .hasMessage("SSH authentication failed for " + LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort()
                        + " (tried: agent " + socket + " (0 keys)).");
    }

    @Test
    void anAgentSocketThatIsGoneIsSkippedForTheKeyFiles() throws Exception {
        Path gone = dir.resolve("gone.sock");
        SshSettings s = viaAgentOnly().withAgentSocket(Optional.of(gone)).withIdentityFiles(List.of(LabEnv.key("ed25519")));
        try (SshConnection c = SshConnection.open(loop(), s)) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(LabEnv.user() + "\n");
        }
    }

    @Test
    void identitiesOnlyLimitsTheAgentToTheConfiguredKeysAndAnEncryptedFileIsUsedThroughIt() throws Exception {
        Map<String, String> env = Map.of("SSH_AUTH_SOCK", socket.toString());
        Cmd.run(List.of("ssh-add", "-q", LabEnv.key("ed25519").toString(), LabEnv.key("rsa").toString()), env);
        // an encrypted copy of the ed25519 key: its public half is readable, its private half needs a passphrase
        Path encrypted = dir.resolve("id_ed25519_encrypted");
        Files.copy(LabEnv.key("ed25519"), encrypted);
        Files.copy(Path.of(LabEnv.key("ed25519") + ".pub"), Path.of(encrypted + ".pub"));
        Cmd.run(List.of("ssh-keygen", "-q", "-p", "-P", "", "-N", "not-for-patchbay", "-f", encrypted.toString()));
        Path config = dir.resolve("ssh_config");
        String target = "Host loop\n    HostName " + LabEnv.loopAddr() + "\n    Port " + LabEnv.loopPort()
                + "\n    User " + LabEnv.user() + "\n    IdentityFile " + encrypted + "\n";

        Files.writeString(config, target + "    IdentitiesOnly yes\n");
        try (SshConnection c = SshConnection.open(SshTarget.parse("loop"), viaAgentOnly().withSshConfig(config))) {
            String[] client = c.exec("echo $SSH_CLIENT").stdout().strip().split(" ");
            assertThat(Files.readAllLines(LabEnv.loopSshdLog())).contains("Accepted publickey for " + LabEnv.user() + " from "
                    + client[0] + " port " + client[1] + " ssh2: ED25519 " + Cmd.fingerprint(Path.of(encrypted + ".pub")));
        }

        // with IdentitiesOnly and only a key the agent lacks, the agent's keys are not offered
        Path stranger = dir.resolve("stranger");
        Cmd.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString()));
        Files.writeString(config, target.replace(encrypted.toString(), stranger.toString()) + "    IdentitiesOnly yes\n");
        assertThatThrownBy(() -> SshConnection.open(SshTarget.parse("loop"), viaAgentOnly().withSshConfig(config)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                .hasMessageContaining("authentication failed")
                .hasMessageContaining("tried: agent " + socket + " (2 keys), " + stranger + ")");
        // without it, the agent's keys are offered too
        Files.writeString(config, target.replace(encrypted.toString(), stranger.toString()));
        try (SshConnection c = SshConnection.open(SshTarget.parse("loop"), viaAgentOnly().withSshConfig(config))) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
    }
}
