package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.testsupport.CapturedLogs;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.credentials.CredentialDialogPrompt;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The passphrase dialog of the real console against the lab's sshd: the lab's encrypted key
 * {@code client/id_ed25519_enc}, no ssh-agent (the settings have none, whatever SSH_AUTH_SOCK
 * says), known_hosts from the lab (no host-key question). The secrets typed must end up in no
 * file of the console home and in no log line, at any log level.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class CredentialsConsoleLabTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Lab LAB = Lab.load();
    private static final String WRONG = "wrong-passphrase-" + Long.toHexString(System.nanoTime());
    @TempDir
    Path dir;
    private Path home;
    private ConsoleFixture app;
    private CapturedLogs logs;

    @Start
    void start(Stage stage) throws Exception {
        logs = CapturedLogs.capture();
        home = Files.createDirectories(dir.resolve("console-home"));
        SshSettings ssh = SshSettings.forHome(dir, Optional.empty()).withKnownHosts(LAB.knownHosts())
                .withSshConfig(dir.resolve("no-config"));
        app = new ConsoleFixture(ssh, home);
        app.start(stage);
    }

    @AfterEach
    void stopCapture() {
        logs.close();
    }

    private String target() {
        return LAB.user() + "@" + LAB.sshdAddress() + ":" + LAB.sshdPort();
    }

    private DialogPane awaitDialog(FxRobot robot, boolean retry) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> robot.lookup("#" + CredentialDialogPrompt.DIALOG_ID)
                .tryQuery().map(n -> n.getScene().getWindow().isShowing() && robot.lookup("#credentialRetry").tryQuery().isPresent() == retry)
                .orElse(false));
        return robot.lookup("#" + CredentialDialogPrompt.DIALOG_ID).query();
    }

    private void typeAndOk(FxRobot robot, String secret) throws Exception {
        TextField field = robot.lookup("#credentialField0").queryAs(TextField.class);
        robot.clickOn(field);
        robot.write(secret);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().length() == secret.length());
        robot.clickOn((Node) robot.lookup("#credentialOk").query());
    }

    private HostEntry awaitRead() throws Exception {
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        return e;
    }

    @Test
    void theEncryptedKeyConnectsAfterAWrongThenTheRightPassphraseAndNeitherIsWrittenAnywhere(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("enc", target(), null, LAB.keyEncrypted())));
        DialogPane first = awaitDialog(robot, false);
        assertThat(first.getHeaderText()).contains(LAB.keyEncrypted().toString()).contains(target());
        typeAndOk(robot, WRONG);

        DialogPane again = awaitDialog(robot, true);
        assertThat(robot.lookup("#credentialRetry").queryLabeled().getText()).contains("2").contains("3");
        assertThat(robot.lookup("#credentialField0").queryAs(TextField.class).getText()).isEmpty();
        assertThat(again.getHeaderText()).contains(LAB.keyEncrypted().toString());
        typeAndOk(robot, LAB.keyPassphrase());

        HostEntry e = awaitRead();
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        assertThat(Files.readString(LAB.dir().resolve("loop/sshd.log"))).contains("Accepted publickey for " + LAB.user());
        assertThat(app.viewModel().journal().entries()).isNotEmpty();

        // the whole test folder: the console home (journal, pools, settings) and the SSH home (~/.ssh)
        assertNoSecretIn(dir, List.of(LAB.keyPassphrase(), WRONG));
        assertThat(logs.lines()).as("captured log lines").isNotEmpty()
                .noneMatch(l -> l.contains(LAB.keyPassphrase()) || l.contains(WRONG));
    }

    @Test
    void cancelEndsTheConnectWithAClearMessage(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("enc", target(), null, LAB.keyEncrypted())));
        awaitDialog(robot, false);
        robot.clickOn((Node) robot.lookup("#credentialCancel").query());
        HostEntry e = awaitRead();
        assertThat(e.statusProperty().get()).isEqualTo(HostEntry.Status.FAILED);
        assertThat(e.errorProperty().get()).isEqualTo("SSH login to " + target() + " cancelled: the passphrase of "
                + LAB.keyEncrypted() + " was not given.");
        assertThat(robot.lookup("#" + CredentialDialogPrompt.DIALOG_ID).tryQuery()).isEmpty();
    }

    /** Every regular file under {@code root} (there may be none yet), as bytes: none contains any of {@code secrets} (UTF-8). */
    private static void assertNoSecretIn(Path root, List<String> secrets) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(content).as("%s", f).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            }
        }
    }
}
