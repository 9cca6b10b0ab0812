package io.patchbay.ui.hosts;

import io.patchbay.discovery.ssh.HostKeyDecider;
import io.patchbay.discovery.ssh.UnknownHostKey;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the user about a first-seen host key: accept once, accept and remember, or refuse. Called
 * on the connecting (I/O) thread, it hops to the FX thread to show the dialog and waits there for
 * the answer; called on the FX thread it refuses rather than block the window.
 */
public final class HostKeyPrompt implements HostKeyDecider {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyPrompt.class);
    /** The dialog's id, for tests. */
    public static final String DIALOG_ID = "hostKeyDialog";
    private static final long WAIT_MINUTES = 10;
    private final ResourceBundle strings;
    private final Window owner;

    public HostKeyPrompt(ResourceBundle strings, Window owner) {
        this.strings = strings;
        this.owner = owner;
    }

    @Override
    public Decision decide(UnknownHostKey key) {
        if (Platform.isFxApplicationThread()) {
            LOG.warn("host key question asked on the FX thread; refusing {}", key.hostEntry());
            return Decision.REFUSE;
        }
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(key));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Decision.REFUSE;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("no answer about the host key of {}: refusing", key.hostEntry(), e);
            return Decision.REFUSE;
        }
    }

    private Decision ask(UnknownHostKey key) {
        ButtonType once = new ButtonType(strings.getString("hostkey.acceptOnce"), ButtonBar.ButtonData.OTHER);
        ButtonType remember = new ButtonType(strings.getString("hostkey.acceptRemember"), ButtonBar.ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType(strings.getString("hostkey.refuse"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", once, remember, refuse);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle(strings.getString("hostkey.title"));
        a.setHeaderText(String.format(strings.getString("hostkey.header"), key.hostEntry()));
        a.setContentText(String.format(strings.getString("hostkey.body"), key.displayType(), key.fingerprint(),
                key.knownHosts()));
        a.getDialogPane().setId(DIALOG_ID);
        a.getDialogPane().lookupButton(refuse).setId("hostKeyRefuse");
        a.getDialogPane().lookupButton(once).setId("hostKeyAcceptOnce");
        a.getDialogPane().lookupButton(remember).setId("hostKeyAcceptRemember");
        ButtonType chosen = a.showAndWait().orElse(refuse);
        if (chosen == once) {
            return Decision.ACCEPT_ONCE;
        }
        return chosen == remember ? Decision.ACCEPT_AND_REMEMBER : Decision.REFUSE;
    }
}
