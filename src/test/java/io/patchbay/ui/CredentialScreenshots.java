package io.patchbay.ui;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.credentials.CredentialDialogPrompt;
import io.patchbay.ui.hosts.HostRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The passphrase dialog against the lab (its encrypted key, no agent), after one wrong answer:
 * run under Xvfb ({@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.CredentialScreenshots DIR}).
 */
public final class CredentialScreenshots {
    private CredentialScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Lab lab = Lab.load();
        Path tmp = Files.createTempDirectory("patchbay-creds-shot");
        SshSettings ssh = SshSettings.forHome(tmp, Optional.empty()).withKnownHosts(lab.knownHosts()).withSshConfig(tmp.resolve("none"));
        ConsoleFixture app = new ConsoleFixture(ssh, tmp);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            app.start(stage);
            stage.setWidth(1400);
            stage.setHeight(900);
            app.controller().addHost(new HostRequest("enc", lab.user() + "@" + lab.sshdAddress() + ":" + lab.sshdPort(), null,
                    lab.keyEncrypted()));
            started.countDown();
        });
        started.await(20, TimeUnit.SECONDS);
        DialogPane first = awaitDialog(false);
        Screenshots.run(() -> {
            ((TextField) first.lookup("#credentialField0")).setText("not-the-passphrase");
            ((Button) first.lookupButton(ButtonType.OK)).fire();
        });
        DialogPane again = awaitDialog(true);
        Screenshots.run(() -> ((TextField) again.lookup("#credentialField0")).setText("typed-secret"));
        Screenshots.snap(again.getScene().getWindow(), out.resolve("credential-passphrase.png"));
        Screenshots.run(() -> ((Button) again.lookupButton(ButtonType.CANCEL)).fire());
        Platform.exit();
    }

    private static DialogPane awaitDialog(boolean retry) {
        return Await.value("the passphrase dialog" + (retry ? " asking again" : ""), Duration.ofSeconds(30), () -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && CredentialDialogPrompt.DIALOG_ID.equals(p.getId()) && (p.lookup("#credentialRetry") != null) == retry) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        });
    }
}
