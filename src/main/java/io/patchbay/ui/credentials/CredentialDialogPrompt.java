package io.patchbay.ui.credentials;

import io.patchbay.discovery.ssh.CredentialAnswer;
import io.patchbay.discovery.ssh.CredentialPrompt;
import io.patchbay.discovery.ssh.CredentialRequest;
import io.patchbay.ui.common.FxQuestion;
import java.util.ResourceBundle;
import javafx.stage.Window;

/**
 * The console's {@link CredentialPrompt}: called on the connecting (I/O) thread, it shows the
 * dialog on the FX thread and waits for the answer ({@link FxQuestion}), as the host-key prompt
 * does. On the FX thread, or unanswered for 10 minutes, it cancels (a late answer is wiped).
 * Nothing about the answer is logged.
 */
public final class CredentialDialogPrompt implements CredentialPrompt {
    /** The dialog's id, for tests. */
    public static final String DIALOG_ID = CredentialDialog.DIALOG_ID;
    private final ResourceBundle strings;
    private final Window owner;

    public CredentialDialogPrompt(ResourceBundle strings, Window owner) {
        this.strings = strings;
        this.owner = owner;
    }

    @Override
    public CredentialAnswer ask(CredentialRequest request) {
        return FxQuestion.ask(request.kind() + " question for " + request.account(),
                () -> CredentialDialog.show(strings, owner, request), CredentialAnswer.cancelled(), CredentialAnswer::close);
    }
}
