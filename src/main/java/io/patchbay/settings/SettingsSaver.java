package io.patchbay.settings;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes settings on a thread of its own, so that whoever changes them (the FX thread) never waits
 * for the disk. The newest settings win: a burst of changes (a window dragged across the screen)
 * is written once, {@code quiet} after the last one; settings equal to the last written are not
 * written again.
 */
public final class SettingsSaver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsSaver.class);
    private final SettingsStore store;
    private final Duration quiet;
    private final Consumer<IOException> onFailure;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private ConsoleSettings latest;
    private ConsoleSettings written;
    private ScheduledFuture<?> due;

    /**
     * @param current what the file holds now (not written again)
     * @param onFailure told once per failed write, on the writer thread
     */
    public SettingsSaver(SettingsStore store, ConsoleSettings current, Duration quiet, Consumer<IOException> onFailure) {
        this.store = store;
        this.written = current;
        this.quiet = quiet;
        this.onFailure = onFailure;
    }

    /** Remembers {@code s} as the newest settings and writes them after the quiet time. */
    public synchronized void submit(ConsoleSettings s) {
        latest = Objects.requireNonNull(s, "settings");
        if (due != null) {
            due.cancel(false);
        }
        due = writer.schedule(this::writeLatest, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Writes the newest settings now and waits for it at most {@code bound}; returns true when the
     * file holds them (or nothing was left to write).
     */
    public boolean flush(Duration bound) {
        Future<Boolean> now;
        synchronized (this) {
            if (due != null) {
                due.cancel(false);
                due = null;
            }
            now = writer.submit(this::writeLatest);
        }
        try {
            return now.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the console settings were not written within {} ms", bound.toMillis(), e);
            return false;
        }
    }

    /** Writes the newest settings; false when that failed. */
    private boolean writeLatest() {
        ConsoleSettings s;
        synchronized (this) {
            s = latest;
            latest = null;
            if (s == null || s.equals(written)) {
                return true;
            }
        }
        try {
            if (store.save(s)) {
                synchronized (this) {
                    written = s;
                }
            }
            return true;
        } catch (IOException e) {
            LOG.warn("cannot write the console settings to {}", store.file(), e);
            synchronized (this) {
                if (latest == null) {
                    latest = s; // the next write tries again, unless newer settings came meanwhile
                }
            }
            onFailure.accept(e);
            return false;
        }
    }

    /** Stops the writer; what was not flushed is not written. */
    @Override
    public void close() {
        writer.shutdownNow();
    }
}
