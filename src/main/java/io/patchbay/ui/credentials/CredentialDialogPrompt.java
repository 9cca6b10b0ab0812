package io.patchbay.ui.credentials;

import io.patchbay.discovery.ssh.CredentialAnswer;
import io.patchbay.discovery.ssh.CredentialPrompt;
import io.patchbay.discovery.ssh.CredentialRequest;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's {@link CredentialPrompt}: called on the connecting (I/O) thread, it hops to the FX
 * thread to show the dialog and waits there for the answer, as the host-key prompt does. Called on
 * the FX thread it cancels rather than block the window; an unanswered dialog cancels after 10
 * minutes. Nothing about the answer is logged.
 */
public final class CredentialDialogPrompt implements CredentialPrompt {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialDialogPrompt.class);
    /** The dialog's id, for tests. */
    public static final String DIALOG_ID = CredentialDialog.DIALOG_ID;
    private static final long WAIT_MINUTES = 10;
    private final ResourceBundle strings;
    private final Window owner;

    public CredentialDialogPrompt(ResourceBundle strings, Window owner) {
        this.strings = strings;
        this.owner = owner;
    }

    @Override
    public CredentialAnswer ask(CredentialRequest request) {
        if (Platform.isFxApplicationThread()) {
            LOG.warn("{} question for {} asked on the FX thread; cancelling", request.kind(), request.account());
            return CredentialAnswer.cancelled();
        }
        CompletableFuture<CredentialAnswer> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(CredentialDialog.show(strings, owner, request));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CredentialAnswer.cancelled();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("no answer to the {} question for {}: cancelling", request.kind(), request.account(), e);
            answer.thenAccept(CredentialAnswer::close); // an answer that comes too late is wiped unused
            return CredentialAnswer.cancelled();
        }
    }
}
