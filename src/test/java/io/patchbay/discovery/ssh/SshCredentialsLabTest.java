package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.discovery.ssh.CredentialsNotGiven.Why;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passphrases, passwords and keyboard-interactive answers against the lab's real sshds: the
 * encrypted key {@code client/id_ed25519_enc} on 127.0.0.1:2222 (no agent: the settings have none),
 * user pbpass on the PAM sshd (2223: keyboard-interactive and password; 2224: password only).
 */
@Tag("lab")
@Timeout(60)
class SshCredentialsLabTest {
    private static Lab lab;
    @TempDir
    Path home;

    @BeforeAll
    static void loadLab() {
        lab = Lab.load();
    }

    private SshSettings noAgent() {
        return SshSettings.forHome(home, Optional.empty()).withKnownHosts(lab.knownHosts())
                .withIdentityFiles(List.of(lab.keyEncrypted())).withConnectTimeout(Duration.ofSeconds(20));
    }

    /** No key files; known_hosts with the password sshd's key on both its ports (from its .pub, as OpenSSH writes it). */
    private SshSettings passwordOnly() throws Exception {
        String[] pub = Files.readString(lab.dir().resolve("loop-pass").resolve("ssh_host_ed25519_key.pub")).strip().split(" ");
        Path known = home.resolve("known_hosts_password");
        Files.writeString(known, "[" + lab.sshdAddress() + "]:" + lab.passwordSshdPort() + " " + pub[0] + " " + pub[1] + "\n"
                + "[" + lab.sshdAddress() + "]:" + lab.passwordOnlySshdPort() + " " + pub[0] + " " + pub[1] + "\n");
        return noAgent().withIdentityFiles(List.of()).withKnownHosts(known);
    }

    private static SshTarget keyHost() throws PatchbayException {
        return SshTarget.parse(lab.user() + "@" + lab.sshdAddress() + ":" + lab.sshdPort());
    }

    private static SshTarget passwordHost(int port) throws PatchbayException {
        return SshTarget.parse(lab.passwordUser() + "@" + lab.sshdAddress() + ":" + port);
    }

    private static SshConnection open(SshTarget target, SshSettings s, CredentialPrompt prompt, SessionSecrets secrets)
            throws PatchbayException {
        return SshConnection.open(target, s, HostKeyDecider.cli(false), new SshCredentials(prompt, secrets));
    }

    @Test
    void aWrongPassphraseIsAskedAgainAndTheRightOneLogsIn() throws Exception {
        ScriptedPrompt user = new ScriptedPrompt("not-the-passphrase", lab.keyPassphrase());
        try (SshConnection c = open(keyHost(), noAgent(), user, SessionSecrets.memoryOnly())) {
            String[] client = c.exec("echo $SSH_CLIENT").stdout().strip().split(" ");
            assertThat(Files.readAllLines(lab.dir().resolve("loop/sshd.log"))).contains("Accepted publickey for " + lab.user()
                    + " from " + client[0] + " port " + client[1] + " ssh2: ED25519 "
                    + Cmd.fingerprint(Path.of(lab.keyEncrypted() + ".pub")));
        }
        assertThat(user.asked()).extracting(CredentialRequest::kind, CredentialRequest::keyFile, CredentialRequest::attempt,
                        CredentialRequest::maxAttempts, CredentialRequest::account)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CredentialKind.PASSPHRASE, lab.keyEncrypted(), 1, 3, keyHost().toString()),
                        org.assertj.core.groups.Tuple.tuple(CredentialKind.PASSPHRASE, lab.keyEncrypted(), 2, 3, keyHost().toString()));
        // both answers were wiped once used
        assertThat(user.given()).allSatisfy(a -> assertThat(new String(a)).containsOnlyOnce("\0".repeat(a.length)));
    }

    @Test
    void cancelEndsTheAttemptAtOnceWithATypedFailure() throws Exception {
        ScriptedPrompt user = new ScriptedPrompt(ScriptedPrompt.CANCEL);
        long start = System.nanoTime();
        assertThatThrownBy(() -> open(keyHost(), noAgent(), user, SessionSecrets.memoryOnly()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
                    assertThat(e.getCause()).isInstanceOfSatisfying(CredentialsNotGiven.class, c -> {
                        assertThat(c.why()).isEqualTo(Why.CANCELLED);
                        assertThat(c.kind()).isEqualTo(CredentialKind.PASSPHRASE);
                        assertThat(c.keyFile()).isEqualTo(lab.keyEncrypted());
                    });
                })
                .hasMessage("SSH login to " + keyHost() + " cancelled: the passphrase of " + lab.keyEncrypted() + " was not given.");
        assertThat(user.asked()).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void threeWrongPassphrasesGiveUp() throws Exception {
        ScriptedPrompt user = new ScriptedPrompt("wrong-1", "wrong-2", "wrong-3");
        assertThatThrownBy(() -> open(keyHost(), noAgent(), user, SessionSecrets.memoryOnly()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
                    assertThat(((CredentialsNotGiven) e.getCause()).why()).isEqualTo(Why.TOO_MANY_WRONG);
                })
                .hasMessage("SSH login to " + keyHost() + " gave up: the passphrase of " + lab.keyEncrypted() + " was wrong 3 times.");
        assertThat(user.asked()).extracting(CredentialRequest::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void withNobodyToAskTheEncryptedKeyIsNamed() throws Exception {
        assertThatThrownBy(() -> SshConnection.open(keyHost(), noAgent()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
                    assertThat(e.getCause()).isInstanceOfSatisfying(CredentialsNotGiven.class, c -> {
                        assertThat(c.why()).isEqualTo(Why.NOBODY_TO_ASK);
                        assertThat(c.keyFile()).isEqualTo(lab.keyEncrypted());
                    });
                })
                .hasMessage("SSH authentication failed for " + keyHost() + ": the key file " + lab.keyEncrypted()
                        + " is encrypted and there is no terminal to ask its passphrase (add it to ssh-agent, or run in a terminal)"
                        + " (tried: " + lab.keyEncrypted() + " (encrypted)).");
    }

    @Test
    void aPassphraseGivenOnceIsNotAskedAgainInTheSameSession() throws Exception {
        SessionSecrets secrets = SessionSecrets.memoryOnly();
        ScriptedPrompt user = new ScriptedPrompt(lab.keyPassphrase());
        try (SshConnection c = open(keyHost(), noAgent(), user, secrets)) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(lab.user() + "\n");
        }
        ScriptedPrompt nobodyAnswers = new ScriptedPrompt();
        try (SshConnection c = open(keyHost(), noAgent(), nobodyAnswers, secrets)) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(lab.user() + "\n");
        }
        assertThat(user.asked()).hasSize(1);
        assertThat(nobodyAnswers.asked()).isEmpty();
        secrets.clear();
        assertThat(secrets.lookup(SecretKey.passphrase(lab.keyEncrypted()))).isEmpty();
    }

    @Test
    void keyboardInteractiveAsksThePamPromptAgainAfterAWrongAnswer() throws Exception {
        ScriptedPrompt user = new ScriptedPrompt("wrong-password", lab.testPassword());
        try (SshConnection c = open(passwordHost(lab.passwordSshdPort()), passwordOnly(), user,
                SessionSecrets.memoryOnly())) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(lab.passwordUser() + "\n");
        }
        assertThat(user.asked()).extracting(CredentialRequest::kind, CredentialRequest::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CredentialKind.KEYBOARD_INTERACTIVE, 1),
                        org.assertj.core.groups.Tuple.tuple(CredentialKind.KEYBOARD_INTERACTIVE, 2));
        assertThat(user.asked().get(0).fields()).singleElement().satisfies(f -> {
            assertThat(f.prompt()).isEqualTo("Password: ");
            assertThat(f.echo()).isFalse();
        });
    }

    @Test
    void passwordAuthenticationAsksAgainThenKeepsThePasswordForTheSession() throws Exception {
        SessionSecrets secrets = SessionSecrets.memoryOnly();
        ScriptedPrompt user = new ScriptedPrompt("wrong-password", lab.testPassword());
        SshTarget target = passwordHost(lab.passwordOnlySshdPort());
        try (SshConnection c = open(target, passwordOnly(), user, secrets)) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(lab.passwordUser() + "\n");
        }
        assertThat(user.asked()).extracting(CredentialRequest::kind, CredentialRequest::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CredentialKind.PASSWORD, 1),
                        org.assertj.core.groups.Tuple.tuple(CredentialKind.PASSWORD, 2));
        assertThat(secrets.lookup(SecretKey.password(target.toString()))).hasValueSatisfying(
                p -> assertThat(new String(p)).isEqualTo(lab.testPassword()));
        try (SshConnection c = open(target, passwordOnly(), new ScriptedPrompt(), secrets)) {
            assertThat(c.exec("id -un").exitStatus()).isZero();
        }
    }

    @Test
    void cancellingThePasswordEndsTheAttempt() throws Exception {
        ScriptedPrompt user = new ScriptedPrompt(ScriptedPrompt.CANCEL);
        SshTarget target = passwordHost(lab.passwordOnlySshdPort());
        assertThatThrownBy(() -> open(target, passwordOnly(), user, SessionSecrets.memoryOnly()))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(((CredentialsNotGiven) e.getCause()).why())
                        .isEqualTo(Why.CANCELLED))
                .hasMessage("SSH login to " + target + " cancelled: the password was not given.");
        assertThat(user.asked()).hasSize(1);
    }
}
