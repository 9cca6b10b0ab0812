package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.HostTopology;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one host's topology current without manual refreshes: every domain lifecycle or
 * device-added/removed event (and a reconnect) marks it stale and re-reads it on this watch's
 * own thread; a slow poll (default 30 s) catches what has no event (e.g. {@code update-device}).
 * Events arriving during a read cause one more read, never a lost update.
 */
public final class LibvirtWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtWatch.class);
    /** The fallback poll when nothing else says the host changed. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(30);

    private final LibvirtSource source;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean stale = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final List<Consumer<HostTopology>> listeners = new CopyOnWriteArrayList<>();
    private final DomainEventListener events;
    private volatile HostTopology current;
    private volatile PatchbayException lastError;
    private volatile long reads;
    private volatile boolean closed;

    private final LibvirtConnection connection;

    private LibvirtWatch(LibvirtSource source, LibvirtConnection connection) {
        this.connection = connection;
        this.source = source;
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "libvirt-watch");
            t.setDaemon(true);
            return t;
        });
        ex.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.worker = ex;
        this.events = new DomainEventListener() {
            @Override
            public void lifecycle(String domain, String event) {
                markStale();
            }

            @Override
            public void deviceAdded(String domain, String alias) {
                markStale();
            }

            @Override
            public void deviceRemoved(String domain, String alias) {
                markStale();
            }

            @Override
            public void connection(boolean up) {
                if (up) {
                    markStale();
                }
            }
        };
    }

    /** Reads the host once (errors surface here), then follows its events; {@code poll} is the fallback. */
    public static LibvirtWatch start(LibvirtSource source, Duration poll) throws PatchbayException {
        LibvirtWatch w = new LibvirtWatch(source, source.connection());
        w.connection.addListener(w.events);
        try {
            w.current = source.refresh();
            w.reads = 1;
        } catch (PatchbayException e) {
            w.close();
            throw e;
        }
        long ms = poll.toMillis();
        w.worker.scheduleWithFixedDelay(w::markStale, ms, ms, TimeUnit.MILLISECONDS);
        return w;
    }

    /** The latest topology read. */
    public HostTopology current() {
        return current;
    }

    /** The source's last libvirt state (drift, networks). */
    public LibvirtState currentState() {
        return source.lastState();
    }

    /** The error of the latest read, or null when it succeeded. */
    public PatchbayException lastError() {
        return lastError;
    }

    /** How many reads have completed (for tests and status lines). */
    public long reads() {
        return reads;
    }

    /** Called (on the watch thread) with each new topology. */
    public void addListener(Consumer<HostTopology> listener) {
        listeners.add(listener);
    }

    /** Asks for a re-read soon (also what events do). */
    public void markStale() {
        stale.set(true);
        if (scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false); // closed
            }
        }
    }

    private void drain() {
        try {
            while (!closed && stale.getAndSet(false)) {
                try {
                    HostTopology t = source.refresh();
                    current = t;
                    lastError = null;
                    reads++;
                    for (Consumer<HostTopology> l : listeners) {
                        l.accept(t);
                    }
                } catch (PatchbayException e) {
                    if (closed) {
                        return;
                    }
                    lastError = e;
                    LOG.warn("{}: re-read failed: {}", source.describe(), e.getMessage());
                }
            }
        } finally {
            scheduled.set(false);
            if (stale.get()) {
                markStale();
            }
        }
    }

    /** Stops following events; a read in progress is waited for (5 s at most). */
    @Override
    public void close() {
        closed = true;
        connection.removeListener(events);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
