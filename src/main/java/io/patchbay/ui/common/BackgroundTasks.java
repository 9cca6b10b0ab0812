package io.patchbay.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the console does remote work: the work runs on a background thread, and its result
 * or error is handed to the FX thread. Tests swap in {@link #inline()} to be deterministic.
 */
public final class BackgroundTasks {
    /** Work that may block (network, processes). */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final ExecutorService io;
    private final Consumer<Runnable> ui;

    private BackgroundTasks(ExecutorService io, Consumer<Runnable> ui) {
        this.io = io;
        this.ui = ui;
    }

    /** Background threads for work, the FX thread for results. */
    public static BackgroundTasks platform() {
        AtomicInteger n = new AtomicInteger();
        ExecutorService io = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new BackgroundTasks(io, Platform::runLater);
    }

    /** Everything on the calling thread (tests). */
    public static BackgroundTasks inline() {
        return new BackgroundTasks(null, Runnable::run);
    }

    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onError) {
        Runnable job = () -> {
            try {
                T result = work.run();
                ui.accept(() -> onSuccess.accept(result));
            } catch (Exception e) {
                ui.accept(() -> onError.accept(e));
            }
        };
        if (io == null) {
            job.run();
        } else {
            io.execute(job);
        }
    }

    /** Hands {@code r} to the FX thread (inline in tests); for threads that are not ours, e.g. event listeners. */
    public void post(Runnable r) {
        ui.accept(r);
    }

    public void shutdown() {
        if (io != null) {
            io.shutdownNow();
        }
    }
}
