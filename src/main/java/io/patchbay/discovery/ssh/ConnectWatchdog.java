package io.patchbay.discovery.ssh;

import com.jcraft.jsch.Session;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Bounds a whole SSH connect (TCP, banner, key exchange, authentication) by the connect timeout:
 * when it is not done in time the session is disconnected, which makes JSch's connect fail. JSch
 * bounds each socket read, but not a session carried through a jump host (no socket) nor a
 * server that answers slowly forever. The time a {@link HostKeyDecider} takes (a user reading a
 * dialog) does not count.
 */
final class ConnectWatchdog implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ssh-connect-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Session session;
    private final BooleanSupplier paused;
    private final long timeoutNanos;
    private volatile ScheduledFuture<?> pending;
    private volatile boolean fired;
    private volatile boolean done;

    /** @param paused true while the connect waits for a decision that must not be cut short */
    ConnectWatchdog(Session session, Duration timeout, BooleanSupplier paused) {
        this.session = session;
        this.paused = paused;
        this.timeoutNanos = timeout.toNanos();
        this.pending = TIMER.schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
    }

    private void expire() {
        if (done) {
            return;
        }
        if (paused.getAsBoolean()) {
            pending = TIMER.schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
            return;
        }
        fired = true;
        session.disconnect();
    }

    /** Starts the full timeout again from now (after the user answered a question: the clock counts the network only). */
    void restart() {
        if (done || fired) {
            return;
        }
        pending.cancel(false);
        pending = TIMER.schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** True when the watchdog cut the connect short. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        done = true;
        pending.cancel(false);
    }
}
