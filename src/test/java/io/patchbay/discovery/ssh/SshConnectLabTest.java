package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Connecting to the lab's real sshds: config aliases, ProxyJump, key types, failures and timeouts. */
@Tag("lab")
class SshConnectLabTest {
    @TempDir
    Path dir;

    /** No default keys, no agent, the lab's known_hosts: only what a test adds is used. */
    private SshSettings bare() {
        return SshSettings.forHome(dir.resolve("home"), Optional.empty()).withKnownHosts(LabEnv.knownHosts());
    }

    private SshTarget loop() throws PatchbayException {
        return SshTarget.parse(LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort());
    }

    /** "ADDR PORT" of the client as the server sees it ($SSH_CLIENT without the server port). */
    private static String clientOf(SshConnection c) throws PatchbayException {
        String[] f = c.exec("echo $SSH_CLIENT").stdout().strip().split(" ");
        return f[0] + " port " + f[1];
    }

    @Test
    void configAliasWithHostNamePortUserAndIdentityFile() throws Exception {
        Path config = dir.resolve("ssh_config");
        Files.writeString(config, "Host mylab\n    HostName " + LabEnv.loopAddr() + "\n    Port " + LabEnv.loopPort()
                + "\n    User " + LabEnv.user() + "\n    IdentityFile " + LabEnv.key("ecdsa") + "\n");
        try (SshConnection c = SshConnection.open(SshTarget.parse("mylab"), bare().withSshConfig(config))) {
            assertThat(c.target().display()).isEqualTo(LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort());
            assertThat(c.exec("id -un").stdout()).isEqualTo(LabEnv.user() + "\n");
            String client = clientOf(c);
            assertThat(Files.readAllLines(LabEnv.loopSshdLog()))
                    .contains("Accepted publickey for " + LabEnv.user() + " from " + client + " ssh2: ECDSA "
                            + Cmd.fingerprint(Path.of(LabEnv.key("ecdsa") + ".pub")));
        }
    }

    @Test
    void proxyJumpThroughLabLoopReachesANamespaceHost() throws Exception {
        Path config = dir.resolve("ssh_config");
        Files.writeString(config, Files.readString(LabEnv.sshConfig())
                + "\nHost pblab1-via-loop\n    HostName " + LabEnv.addr("pblab1") + "\n    User " + LabEnv.user()
                + "\n    IdentityFile " + LabEnv.key("ed25519") + "\n    ProxyJump lab-loop\n");
        try (SshConnection c = SshConnection.open(SshTarget.parse("pblab1-via-loop"), bare().withSshConfig(config))) {
            assertThat(c.exec("ip -br link show dev br0").stdout()).startsWith("br0");
            String[] client = c.exec("echo $SSH_CLIENT").stdout().strip().split(" ");
            // the TCP connection pblab1 sees was opened by the lab-loop sshd (direct-tcpip), not by this JVM
            String owner = Cmd.run(List.of("ss", "-Htnp", "state", "established", "src", client[0] + ":" + client[1]));
            assertThat(owner).contains("\"sshd\"").doesNotContain("\"java\"");
        }
    }

    @Test
    void anUnknownJumpHostKeyIsRefusedNamingTheJumpHost() throws Exception {
        Path config = dir.resolve("ssh_config");
        Files.writeString(config, "Host inner\n    HostName " + LabEnv.addr("pblab1") + "\n    User " + LabEnv.user()
                + "\n    ProxyJump " + LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort() + "\n");
        SshSettings s = bare().withSshConfig(config).withKnownHosts(dir.resolve("empty_known_hosts"))
                .withIdentityFiles(List.of(LabEnv.key("ed25519")));
        assertThatThrownBy(() -> SshConnection.open(SshTarget.parse("inner"), s))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_UNKNOWN))
                .hasMessageStartingWith("jump host " + LabEnv.loopAddr() + ": The ED25519 host key of [" + LabEnv.loopAddr() + "]:"
                        + LabEnv.loopPort() + " is not known");
    }

    @ParameterizedTest
    @CsvSource({"ed25519, ED25519", "ecdsa, ECDSA", "rsa, RSA"})
    void eachKeyTypeLogsIn(String type, String logged) throws Exception {
        Path key = LabEnv.key(type);
        try (SshConnection c = SshConnection.open(loop(), bare().withIdentityFiles(List.of(key)))) {
            // OpenSSH 9 refuses SHA-1 "ssh-rsa" signatures: an RSA login here used rsa-sha2-256/512
            assertThat(Files.readAllLines(LabEnv.loopSshdLog())).contains("Accepted publickey for " + LabEnv.user() + " from "
                    + clientOf(c) + " ssh2: " + logged + " " + Cmd.fingerprint(Path.of(key + ".pub")));
        }
    }

    @Test
    void defaultKeyFilesUnderHomeAreTried() throws Exception {
        Path ssh = Files.createDirectories(dir.resolve("home/.ssh"));
        Files.copy(LabEnv.key("rsa"), ssh.resolve("id_rsa"));
        try (SshConnection c = SshConnection.open(loop(), bare())) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
    }

    @Test
    void authenticationFailureListsWhatWasTried() throws Exception {
        Path stranger = dir.resolve("stranger_ed25519");
        Cmd.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "stranger", "-f", stranger.toString()));
        assertThatThrownBy(() -> SshConnection.open(loop(), bare().withIdentityFiles(List.of(stranger))))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                .hasMessage("SSH authentication failed for " + LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort()
                        + " (tried: " + stranger + ").");
    }

    @Test
    void aMissingIdentityFileFromTheCommandLineIsBadInput() {
        Path missing = dir.resolve("no_such_key");
        assertThatThrownBy(() -> SshConnection.open(loop(), bare().withIdentityFiles(List.of(missing))))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT))
                .hasMessage("Identity file " + missing + " (-i) does not exist or is not a file.");
    }

    @Test
    void aClosedPortFailsFastAsRemote() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        long start = System.nanoTime();
        SshTarget t = SshTarget.parse(LabEnv.user() + "@127.0.0.1:" + port);
        assertThatThrownBy(() -> SshConnection.open(t, bare()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                .hasMessageContaining("127.0.0.1:" + port + " was refused");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anAddressThatNeverAnswersFailsWithinTheConnectTimeout() throws Exception {
        SshSettings s = bare().withConnectTimeout(Duration.ofSeconds(2));
        // inside pblab1's subnet, but no host has it
        SshTarget t = SshTarget.parse(LabEnv.user() + "@10.77.1.99");
        long start = System.nanoTime();
        assertThatThrownBy(() -> SshConnection.open(t, s))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                .hasMessageContaining("10.77.1.99:22");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void aServerThatAcceptsButNeverSpeaksFailsWithinTheConnectTimeout() throws Exception {
        // the kernel completes the TCP handshake for the backlog; nobody ever sends an SSH banner
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            SshTarget t = SshTarget.parse(LabEnv.user() + "@127.0.0.1:" + silent.getLocalPort());
            long start = System.nanoTime();
            assertThatThrownBy(() -> SshConnection.open(t, bare().withConnectTimeout(Duration.ofSeconds(1))))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                    .hasMessageContaining("127.0.0.1:" + silent.getLocalPort())
                    .hasMessageContaining("within 1s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
        }
    }

    @Test
    void aSilentServerBehindAJumpHostFailsWithinTheConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Path config = dir.resolve("ssh_config");
            Files.writeString(config, Files.readString(LabEnv.sshConfig()) + "\nHost silent\n    HostName 127.0.0.1\n    Port "
                    + silent.getLocalPort() + "\n    User " + LabEnv.user() + "\n    ProxyJump lab-loop\n");
            SshSettings s = bare().withSshConfig(config).withConnectTimeout(Duration.ofSeconds(1));
            long start = System.nanoTime();
            assertThatThrownBy(() -> SshConnection.open(SshTarget.parse("silent"), s))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                    .hasMessage("SSH host 127.0.0.1:" + silent.getLocalPort()
                            + " did not complete the SSH handshake within 1s (connect timeout).");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void anUnresolvableNameIsNotFound() throws Exception {
        assertThatThrownBy(() -> SshConnection.open(SshTarget.parse("pbtest@no-such-host.invalid"), bare()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("'no-such-host.invalid' is not a resolvable host name nor an alias");
        assertThat(io.patchbay.cli.ExitCodes.of(Reason.NOT_FOUND)).isEqualTo(3);
    }

    @Test
    void aCommandTimeoutFiresAndTheSessionStaysUsable() throws Exception {
        try (SshConnection c = SshConnection.open(loop(), bare().withIdentityFiles(List.of(LabEnv.key("ed25519"))))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.exec("sleep 20", Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                    .hasMessage("SSH command timed out after 1s on " + LabEnv.loopAddr() + ":" + LabEnv.loopPort() + ".");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(c.exec("echo still here").stdout()).isEqualTo("still here\n");
            assertThat(c.sessionsOpened()).isEqualTo(1);
        }
    }

    @Test
    void stdoutStderrAndExitStatusAreKeptApart() throws Exception {
        try (SshConnection c = SshConnection.open(loop(), bare().withIdentityFiles(List.of(LabEnv.key("ed25519"))))) {
            // 300 KB on each stream at once: neither may block the other
            ExecResult r = c.exec("head -c 300000 /dev/zero | tr '\\0' o; head -c 300000 /dev/zero | tr '\\0' e >&2; exit 7");
            assertThat(r.exitStatus()).isEqualTo(7);
            assertThat(r.stdout()).hasSize(300000).matches("o+");
            assertThat(r.stderr()).hasSize(300000).matches("e+");
        }
    }

    @Test
    void aDroppedSessionIsReopenedOnTheNextCall() throws Exception {
        try (SshConnection c = SshConnection.open(loop(), bare().withIdentityFiles(List.of(LabEnv.key("ed25519"))))) {
            String first = clientOf(c);
            // the command's parent is the server's session process: killing it drops the connection
            assertThatThrownBy(() -> c.exec("kill $PPID; sleep 5"))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                    .hasMessageContaining("lost");
            String second = clientOf(c);
            assertThat(second).isNotEqualTo(first);
            assertThat(c.sessionsOpened()).isEqualTo(2);
        }
    }
}
