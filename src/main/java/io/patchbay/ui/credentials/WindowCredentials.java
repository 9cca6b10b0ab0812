package io.patchbay.ui.credentials;

import io.patchbay.discovery.ssh.SecretServiceKeyring;
import io.patchbay.discovery.ssh.SessionSecrets;
import io.patchbay.discovery.ssh.SshCredentials;
import java.util.ResourceBundle;
import javafx.stage.Window;

/**
 * The console's SSH credentials: dialogs owned by the window, secrets kept in memory for the run
 * (wiped when the window closes, which also lets go of the keyring's D-Bus connection) and in the desktop's keyring when the user ticks it.
 */
public final class WindowCredentials {
    private WindowCredentials() {
    }

    public static SshCredentials create(ResourceBundle strings, Window window) {
        SessionSecrets secrets = new SessionSecrets(SecretServiceKeyring.open());
        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            Thread closer = new Thread(secrets::close, "credentials-close"); // D-Bus: off the FX thread
            closer.setDaemon(true);
            closer.start();
        });
        return new SshCredentials(new CredentialDialogPrompt(strings, window), secrets);
    }
}
