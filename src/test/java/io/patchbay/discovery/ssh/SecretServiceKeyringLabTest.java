package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember in the keyring" against a real GNOME Keyring: a private dbus-daemon (session bus on a
 * socket in a temporary folder) and {@code gnome-keyring-daemon --components=secrets}, unlocked with
 * a test password, both started here and ended after (packages gnome-keyring and dbus, from
 * lab/install-deps). The JVM finds the bus through the DBUS_SESSION_BUS_ADDRESS property.
 */
@Tag("lab")
@Timeout(120)
class SecretServiceKeyringLabTest {
    @TempDir
    static Path dir;
    private static Process bus;
    private static Process keyringDaemon;

    @BeforeAll
    static void startBusAndKeyring() throws Exception {
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        String address = "unix:path=" + runtime.resolve("bus");
        bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1", "--address=" + address)
                .redirectError(dir.resolve("dbus.log").toFile()).start();
        String printed = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(printed).as("address printed by dbus-daemon").startsWith(address);
        ProcessBuilder kb = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                .redirectErrorStream(true).redirectOutput(dir.resolve("keyring.log").toFile());
        Map<String, String> env = kb.environment();
        env.put("DBUS_SESSION_BUS_ADDRESS", printed);
        env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.remove("DISPLAY");
        keyringDaemon = kb.start();
        try (OutputStream in = keyringDaemon.getOutputStream()) {
            in.write("patchbay-test-keyring".getBytes(StandardCharsets.UTF_8)); // the new login keyring's password
        }
        System.setProperty("DBUS_SESSION_BUS_ADDRESS", printed);
        Await.until("the Secret Service on the test bus", Duration.ofSeconds(30), () -> SecretServiceKeyring.open().isAvailable());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        SecretServiceKeyring.open().close();
        for (Process p : new Process[] {keyringDaemon, bus}) {
            if (p != null) {
                p.destroy();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        System.clearProperty("DBUS_SESSION_BUS_ADDRESS");
    }

    @Test
    void aRememberedSecretIsInTheKeyringForTheNextRunAndAnUntickedOneIsNot() {
        Keyring keyring = SecretServiceKeyring.open();
        assertThat(keyring.isAvailable()).isTrue();
        SecretKey key = SecretKey.passphrase(dir.resolve("id_test"));
        new SessionSecrets(keyring).keep(key, "s3cret-ü".toCharArray(), true);
        // a new run: nothing in memory, the keyring has it
        SessionSecrets next = new SessionSecrets(SecretServiceKeyring.open());
        assertThat(next.lookup(key)).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("s3cret-ü"));
        // ticked again with a new secret: the item is replaced, not duplicated
        next.keep(key, "second".toCharArray(), true);
        assertThat(new SessionSecrets(SecretServiceKeyring.open()).lookup(key)).hasValueSatisfying(
                s -> assertThat(new String(s)).isEqualTo("second"));
        // not ticked: memory only
        SecretKey other = SecretKey.password("someone@example.invalid:22");
        new SessionSecrets(keyring).keep(other, "memory-only".toCharArray(), false);
        assertThat(new SessionSecrets(SecretServiceKeyring.open()).lookup(other)).isEmpty();
    }

    @Test
    void aPassphraseRememberedInTheKeyringLogsInWithoutAsking() throws Exception {
        Lab lab = Lab.load();
        SessionSecrets first = new SessionSecrets(SecretServiceKeyring.open());
        first.keep(SecretKey.passphrase(lab.keyEncrypted()), lab.keyPassphrase().toCharArray(), true);
        SshSettings s = SshSettings.forHome(dir, Optional.empty()).withKnownHosts(lab.knownHosts())
                .withIdentityFiles(List.of(lab.keyEncrypted()));
        ScriptedPrompt nobodyAnswers = new ScriptedPrompt();
        SessionSecrets nextRun = new SessionSecrets(SecretServiceKeyring.open());
        try (SshConnection c = SshConnection.open(SshTarget.parse(lab.user() + "@" + lab.sshdAddress() + ":" + lab.sshdPort()), s,
                HostKeyDecider.cli(false), new SshCredentials(nobodyAnswers, nextRun))) {
            assertThat(c.exec("id -un").stdout()).isEqualTo(lab.user() + "\n");
        }
        assertThat(nobodyAnswers.asked()).isEmpty();
    }
}
