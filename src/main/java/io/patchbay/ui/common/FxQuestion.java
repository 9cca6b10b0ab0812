package io.patchbay.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A question to the user from a background (I/O) thread: the dialog runs on the FX thread while
 * the asking thread waits, at most 10 minutes. Asked on the FX thread itself, it does not wait
 * (that would freeze the window) and answers {@code fallback}.
 */
public final class FxQuestion {
    private static final Logger LOG = LoggerFactory.getLogger(FxQuestion.class);
    private static final long WAIT_MINUTES = 10;

    private FxQuestion() {
    }

    /**
     * @param what     the question in a few words, for the log (never a secret)
     * @param dialog   shows the dialog and returns the answer (FX thread)
     * @param fallback the answer when the question cannot be asked or is not answered in time
     * @param late     what to do with an answer that comes after the wait ended (e.g. wipe it)
     */
    public static <T> T ask(String what, Supplier<T> dialog, T fallback, Consumer<T> late) {
        if (Platform.isFxApplicationThread()) {
            LOG.warn("{} asked on the FX thread; not waiting", what);
            return fallback;
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialog.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("no answer to {}", what, e);
            answer.thenAccept(late);
            return fallback;
        }
    }
}
