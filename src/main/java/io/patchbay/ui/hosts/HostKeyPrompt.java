package io.patchbay.ui.hosts;

import io.patchbay.discovery.ssh.HostKeyDecider;
import io.patchbay.discovery.ssh.UnknownHostKey;
import io.patchbay.ui.common.FxQuestion;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks the user about a first-seen host key: accept once, accept and remember, or refuse. Called
 * on the connecting (I/O) thread, it hops to the FX thread to show the dialog and waits there for
 * the answer; called on the FX thread it refuses rather than block the window.
 */
public final class HostKeyPrompt implements HostKeyDecider {
    /** The dialog's id, for tests. */
    public static final String DIALOG_ID = "hostKeyDialog";
    private final ResourceBundle strings;
    private final Window owner;

    public HostKeyPrompt(ResourceBundle strings, Window owner) {
        this.strings = strings;
        this.owner = owner;
    }

    @Override
    public Decision decide(UnknownHostKey key) {
        return FxQuestion.ask("host key question for " + key.hostEntry(), () -> ask(key), Decision.REFUSE, d -> { });
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
