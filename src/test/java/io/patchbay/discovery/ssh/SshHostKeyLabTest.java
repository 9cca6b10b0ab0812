package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host key checking against the lab's loopback sshd (127.0.0.1:2222) with temporary known_hosts files. */
@Tag("lab")
class SshHostKeyLabTest {
    @TempDir
    Path dir;

    private SshTarget loop() throws PatchbayException {
        return SshTarget.parse(LabEnv.user() + "@" + LabEnv.loopAddr() + ":" + LabEnv.loopPort());
    }

    private String hostEntry() {
        return "[" + LabEnv.loopAddr() + "]:" + LabEnv.loopPort();
    }

    private SshSettings settings(Path knownHosts) {
        return SshSettings.forHome(dir.resolve("home"), Optional.empty())
                .withIdentityFiles(List.of(LabEnv.key("ed25519")))
                .withKnownHosts(knownHosts);
    }

    /** "ssh-ed25519 AAAA..." of the loop sshd's host key. */
    private static String loopKeyTypeAndBase64() throws Exception {
        String[] f = Files.readString(LabEnv.loopHostKeyPub()).strip().split("\\s+");
        return f[0] + " " + f[1];
    }

    @Test
    void unknownKeyIsRefusedByDefaultWithTheFingerprintOpenSshPrints() throws Exception {
        Path kh = dir.resolve("known_hosts");
        String expected = Cmd.fingerprint(LabEnv.loopHostKeyPub());
        assertThat(expected).startsWith("SHA256:");

        assertThatThrownBy(() -> SshConnection.open(loop(), settings(kh)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_UNKNOWN))
                .hasMessageContaining("ED25519 host key of " + hostEntry() + " is not known")
                .hasMessageContaining("key fingerprint " + expected + ",")
                .hasMessageContaining("--accept-new-host-key");
        assertThat(kh).doesNotExist();
        assertThat(io.patchbay.cli.ExitCodes.of(Reason.HOST_KEY_UNKNOWN)).isEqualTo(4);
    }

    @Test
    void acceptNewStoresTheKeyInOpenSshFormatAndTheNextConnectionNeedsNoFlag() throws Exception {
        Path kh = dir.resolve("sub").resolve("known_hosts");
        try (SshConnection c = SshConnection.open(loop(), settings(kh).withAcceptNewHostKey(true))) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(LabEnv.user() + "\n");
        }
        assertThat(Files.readString(kh)).isEqualTo(hostEntry() + " " + loopKeyTypeAndBase64() + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kh))).isEqualTo("rw-------");
        // OpenSSH itself finds the entry
        assertThat(Cmd.run(List.of("ssh-keygen", "-F", hostEntry(), "-f", kh.toString()))).contains(loopKeyTypeAndBase64());

        try (SshConnection c = SshConnection.open(loop(), settings(kh))) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
        assertThat(Files.readAllLines(kh)).hasSize(1);
    }

    @Test
    void acceptNewAppendsBelowExistingEntriesWithoutTouchingThem() throws Exception {
        Path kh = dir.resolve("known_hosts");
        String before = "# kept\nexample.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRphLxudv/iQKbkkCkvbaUsVs/ZOrYVPhoE7Eb3P3Gr";
        Files.writeString(kh, before); // no final newline
        try (SshConnection c = SshConnection.open(loop(), settings(kh).withAcceptNewHostKey(true))) {
            assertThat(c.isConnected()).isTrue();
        }
        assertThat(Files.readString(kh)).isEqualTo(before + "\n" + hostEntry() + " " + loopKeyTypeAndBase64() + "\n");
    }

    @Test
    void changedKeyIsRefusedEvenWithAcceptNew() throws Exception {
        Path kh = dir.resolve("known_hosts");
        // a real but different ed25519 key (pblab2's host key) recorded for the loop sshd, on line 2
        String other = Files.readString(LabEnv.hostKeyPub("pblab2")).strip().split("\\s+")[1];
        String content = "# line one\n" + hostEntry() + " ssh-ed25519 " + other + "\n";
        Files.writeString(kh, content);
        String newFp = Cmd.fingerprint(LabEnv.loopHostKeyPub());
        String oldFp = Cmd.fingerprint(LabEnv.hostKeyPub("pblab2"));

        assertThatThrownBy(() -> SshConnection.open(loop(), settings(kh).withAcceptNewHostKey(true)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_CHANGED))
                .hasMessageContaining("host key of " + hostEntry() + " has CHANGED")
                .hasMessageContaining("ED25519 key " + newFp)
                .hasMessageContaining("known_hosts file " + kh + " line 2 (which has " + oldFp + ")")
                .hasMessageContaining("may be an attack");
        assertThat(Files.readString(kh)).isEqualTo(content);
    }

    @Test
    void hashedKnownHostsEntriesWork() throws Exception {
        Path kh = dir.resolve("known_hosts");
        Files.writeString(kh, "example.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRphLxudv/iQKbkkCkvbaUsVs/ZOrYVPhoE7Eb3P3Gr\n"
                + hostEntry() + " " + loopKeyTypeAndBase64() + "\n");
        Cmd.run(List.of("ssh-keygen", "-H", "-f", kh.toString()));
        List<String> lines = Files.readAllLines(kh, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("|1|"));
        assertThat(Files.readString(kh)).doesNotContain(LabEnv.loopAddr());

        try (SshConnection c = SshConnection.open(loop(), settings(kh))) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
    }

    @Test
    void aChangedKeyBehindAHashedEntryIsRefusedNamingItsLine() throws Exception {
        Path kh = dir.resolve("known_hosts");
        String other = Files.readString(LabEnv.hostKeyPub("pblab3")).strip().split("\\s+")[1];
        Files.writeString(kh, "example.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRphLxudv/iQKbkkCkvbaUsVs/ZOrYVPhoE7Eb3P3Gr\n"
                + hostEntry() + " ssh-ed25519 " + other + "\n");
        Cmd.run(List.of("ssh-keygen", "-H", "-f", kh.toString()));

        assertThatThrownBy(() -> SshConnection.open(loop(), settings(kh)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_CHANGED))
                .hasMessageContaining("has CHANGED")
                .hasMessageContaining(kh + " line 2");
    }

    @Test
    void theDeciderSeesTheKeyAndAcceptOnceWritesNothing() throws Exception {
        Path kh = dir.resolve("known_hosts");
        List<UnknownHostKey> asked = new ArrayList<>();
        HostKeyDecider once = key -> {
            asked.add(key);
            return HostKeyDecider.Decision.ACCEPT_ONCE;
        };
        try (SshConnection c = SshConnection.open(loop(), settings(kh), once)) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
        assertThat(asked).containsExactly(new UnknownHostKey(hostEntry(), "ssh-ed25519",
                Cmd.fingerprint(LabEnv.loopHostKeyPub()), kh));
        assertThat(asked.get(0).displayType()).isEqualTo("ED25519");
        assertThat(kh).doesNotExist();
    }

    @Test
    void brokenLinesInKnownHostsAreSkippedAsOpenSshDoes() throws Exception {
        Path kh = dir.resolve("known_hosts");
        Files.writeString(kh, "garbage\n\n   \n# c\nonly-two fields\n" + hostEntry() + " " + loopKeyTypeAndBase64() + "\n");
        try (SshConnection c = SshConnection.open(loop(), settings(kh))) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
    }

    @Test
    void aKnownHostsPathThatIsADirectoryIsBadInput() {
        assertThatThrownBy(() -> SshConnection.open(loop(), settings(dir)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT))
                .hasMessage("known_hosts file " + dir + " is not a readable file.");
    }

    @Test
    void theLabKnownHostsFileIsReadAsIs() throws Exception {
        try (SshConnection c = SshConnection.open(loop(), settings(LabEnv.knownHosts()))) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(LabEnv.user() + "\n");
        }
    }
}
