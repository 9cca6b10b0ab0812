package io.patchbay.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the console does remote work: the work runs on a background thread, and its result
 * or error is handed to the FX thread. Whatever the work throws reaches {@code onError} — an
 * {@link Error} too (a JNA {@link UnsatisfiedLinkError} from a missing C library), wrapped in a
 * {@link Failure} — so nothing waits forever on a result that never comes. A {@link Task} can be
 * cancelled: its thread is interrupted and neither callback runs. Tests swap in {@link #inline()}
 * to be deterministic.
 */
public final class BackgroundTasks {
    /** Work that may block (network, processes). */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Work handed to {@link #run}: cancel it when its result no longer matters. */
    public interface Task {
        /** Interrupts the work if it runs; its callbacks no longer run. Any thread; never blocks. */
        void cancel();

        boolean cancelled();
    }

    /** What the work threw when it was not an {@link Exception} (an {@link Error}); the cause is what it threw. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(Throwable cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
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

    /** Background threads from {@code io}, results handed to {@code ui} (tests of the threading itself). */
    static BackgroundTasks of(ExecutorService io, Consumer<Runnable> ui) {
        return new BackgroundTasks(io, ui);
    }

    public <T> Task run(Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onError) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable job = () -> {
            if (cancelled.get()) {
                return;
            }
            Exception failure = null;
            T result = null;
            try {
                result = work.run();
            } catch (Exception e) {
                failure = e;
            } catch (Throwable t) { // NOPMD: an Error must end the work visibly, not leave it "running" for ever
                failure = new Failure(t);
            }
            Exception error = failure;
            T value = result;
            ui.accept(() -> {
                if (cancelled.get()) {
                    return;
                }
                if (error == null) {
                    onSuccess.accept(value);
                } else {
                    onError.accept(error);
                }
            });
        };
        if (io == null) {
            job.run();
            return new Handle(cancelled, null);
        }
        return new Handle(cancelled, io.submit(job));
    }

    private record Handle(AtomicBoolean flag, Future<?> future) implements Task {
        @Override
        public void cancel() {
            flag.set(true);
            if (future != null) {
                future.cancel(true);
            }
        }

        @Override
        public boolean cancelled() {
            return flag.get();
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
