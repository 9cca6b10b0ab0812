package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.libvirt.Connect;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.event.ConnectionCloseListener;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One libvirt connection, opened from a URI as virsh takes it. Every libvirt call goes through
 * {@link #call}, which maps libvirt's errors to a {@link PatchbayException} naming the URI and
 * the thing. Keeps itself alive (keepalive probes on the shared event loop), reconnects with
 * backoff when the connection drops, and reports domain lifecycle and device-added/removed
 * events to {@link DomainEventListener}s on its own dispatch thread (the event loop only posts).
 */
public final class LibvirtConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtConnection.class);

    private final LibvirtUri uri;
    private final LibvirtOptions options;
    private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatch;
    private final ScheduledExecutorService reconnector;
    private final Object lock = new Object();
    private final LifecycleListener lifecycle;
    private final ConnectionCloseListener closeListener;
    private final DeviceEventCallbacks deviceEvents;
    private AuthOpen.Opened connect;
    private boolean deviceEventsRegistered;
    private boolean closed;
    private ScheduledFuture<?> pendingReconnect;
    private Duration backoff;

    private LibvirtConnection(LibvirtUri uri, LibvirtOptions options) {
        this.uri = uri;
        this.options = options;
        this.backoff = options.firstBackoff();
        String tag = uri.host() == null ? "local" : uri.host();
        this.dispatch = Executors.newSingleThreadExecutor(r -> daemon(r, "libvirt-events-" + tag));
        this.reconnector = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "libvirt-reconnect-" + tag));
        this.lifecycle = (domain, event) -> {
            String name = nameOf(domain);
            String what = event.getType() + "/" + event.getDetail();
            post(l -> l.lifecycle(name, what));
            return 0;
        };
        // on the event loop: only post (onDropped takes the lock, which an open in progress holds)
        this.closeListener = (conn, reason) -> {
            try {
                reconnector.execute(() -> onDropped(conn, "closed by libvirt (" + reason + ")"));
            } catch (RejectedExecutionException e) {
                // closing
            }
        };
        this.deviceEvents = new DeviceEventCallbacks(
                (dom, alias) -> post(l -> l.deviceAdded(dom, alias)),
                (dom, alias) -> post(l -> l.deviceRemoved(dom, alias)));
    }

    /** Opens {@code uri} with default options (no new host keys accepted). */
    public static LibvirtConnection open(String uri) throws PatchbayException {
        return open(uri, LibvirtOptions.defaults());
    }

    /** Opens {@code uri}; bad input, a missing libvirt library or an unreachable daemon is a clear error. */
    public static LibvirtConnection open(String uri, LibvirtOptions options) throws PatchbayException {
        LibvirtUri parsed = LibvirtUri.parse(uri);
        LibvirtEventLoop.ensureStarted();
        LibvirtConnection c = new LibvirtConnection(parsed, options);
        try {
            synchronized (c.lock) {
                c.connect = c.openNow();
            }
        } catch (PatchbayException e) {
            c.shutdownThreads();
            throw e;
        }
        return c;
    }

    public LibvirtUri uri() {
        return uri;
    }

    /** True while a connection is open (false between a drop and the reconnect). */
    public boolean isConnected() {
        synchronized (lock) {
            return connect != null;
        }
    }

    /** True when this driver delivers device-added/removed events (qemu does, test:/// does not). */
    public boolean hasDeviceEvents() {
        synchronized (lock) {
            return deviceEventsRegistered;
        }
    }

    public void addListener(DomainEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DomainEventListener listener) {
        listeners.remove(listener);
    }

    /**
     * Runs one libvirt call. {@code what} names the thing for messages ("reading domain web1").
     * A dropped connection is reopened once right away; a libvirt error becomes a
     * {@link PatchbayException} (no domain -> NOT_FOUND, connection -> REMOTE, ...).
     */
    public <T> T call(String what, LibvirtCall<T> call) throws PatchbayException {
        Connect c = current(what);
        try {
            return call.call(c);
        } catch (LibvirtException e) {
            if (LibvirtErrors.connectionLost(e) && !systemErrorOnALiveConnection(e, c)) {
                onDropped(c, LibvirtErrors.message(e));
            }
            throw LibvirtErrors.map(e, uri, what);
        } catch (LinkageError e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("libvirt.noLibraryFor",
                    uri.display(), what, e.getMessage()), e);
        }
    }

    /**
     * Runs a call on the connection's C pointer, for the functions libvirt-java does not bind
     * ({@link LibvirtExtras}); its failure is a REMOTE {@link PatchbayException} naming what failed.
     */
    <T> T callRaw(String what, RawCall<T> call) throws PatchbayException {
        AuthOpen.Opened o = currentOpened(what);
        try {
            return call.call(o.pointer());
        } catch (RawLibvirtError e) {
            throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("libvirt.failed", uri.display(), what,
                    e.getMessage(), ""), e);
        } catch (LinkageError e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("libvirt.noLibraryFor",
                    uri.display(), what, e.getMessage()), e);
        }
    }

    /**
     * VIR_ERR_SYSTEM_ERROR also reports the daemon's own failed system calls (e.g. "Cannot get
     * interface MTU on 'br9': No such device" for a bridge that vanished): such an error on a
     * connection libvirt still holds alive is not a drop.
     */
    private static boolean systemErrorOnALiveConnection(LibvirtException e, Connect c) {
        if (LibvirtErrors.code(e) != ErrorNumber.VIR_ERR_SYSTEM_ERROR) {
            return false;
        }
        try {
            return c.isAlive();
        } catch (LibvirtException | RuntimeException notAlive) {
            return false;
        }
    }

    private Connect current(String what) throws PatchbayException {
        return currentOpened(what).connect();
    }

    private AuthOpen.Opened currentOpened(String what) throws PatchbayException {
        synchronized (lock) {
            if (closed) {
                throw new PatchbayException(Reason.OTHER, Sentence.of("libvirt.closed", uri.display(),
                        what));
            }
            if (connect == null) {
                try {
                    connect = openNow();
                    reconnected();
                } catch (PatchbayException e) {
                    scheduleReconnect();
                    throw new PatchbayException(e.reason(), Sentence.of("libvirt.reopenFailed",
                            uri.display(), what, e.sentence()), e);
                }
            }
            return connect;
        }
    }

    /** Opens the connection and registers keepalive, close and domain event callbacks. */
    private AuthOpen.Opened openNow() throws PatchbayException {
        AuthOpen.Opened opened;
        try {
            opened = AuthOpen.open(uri.forLibvirt(), options.acceptNewHostKey());
        } catch (AuthOpen.OpenFailure e) {
            throw LibvirtErrors.map(e.code, e.getMessage(), uri, "connecting", e);
        } catch (LinkageError e) {
            LibvirtAvailability.require();
            throw new PatchbayException(Reason.OTHER, Sentence.of("libvirt.noLibrary",
                    uri.display(), e.getMessage()), e);
        }
        Connect c = opened.connect();
        try {
            if (options.keepAliveInterval() > 0 && (!uri.isLocal() || "qemu".equals(uri.driver()))) {
                c.setKeepAlive(options.keepAliveInterval(), options.keepAliveCount());
            }
        } catch (LibvirtException e) {
            LOG.debug("libvirt at {}: no keepalive: {}", uri.display(), LibvirtErrors.message(e));
        }
        try {
            c.registerCloseListener(closeListener);
            c.addLifecycleListener(lifecycle);
        } catch (LibvirtException e) {
            closeQuietly(opened);
            throw LibvirtErrors.map(e, uri, "registering for domain events");
        }
        deviceEventsRegistered = deviceEvents.register(opened.pointer());
        if (!deviceEventsRegistered) {
            LOG.debug("libvirt at {}: no device-added/removed events; the slow poll covers them", uri.display());
        }
        return opened;
    }

    /** {@code which}: the connection that dropped; a late report about an older one is ignored. */
    private void onDropped(Connect which, String why) {
        synchronized (lock) {
            if (closed || connect == null || connect.connect() != which) {
                return;
            }
            LOG.warn("libvirt at {}: connection lost ({}); reconnecting", uri.display(), why);
            AuthOpen.Opened old = connect;
            connect = null;
            deviceEventsRegistered = false;
            // closing must not run on the event loop thread that may be calling us
            reconnector.execute(() -> closeQuietly(old));
            scheduleReconnect();
        }
        post(l -> l.connection(false));
    }

    private void scheduleReconnect() {
        if (closed || (pendingReconnect != null && !pendingReconnect.isDone())) {
            return;
        }
        Duration wait = backoff;
        Duration next = backoff.multipliedBy(2);
        backoff = next.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : next;
        try {
            pendingReconnect = reconnector.schedule(this::tryReconnect, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void tryReconnect() {
        synchronized (lock) {
            pendingReconnect = null;
            if (closed || connect != null) {
                return;
            }
            try {
                connect = openNow();
            } catch (PatchbayException e) {
                LOG.info("libvirt at {}: reconnect failed, trying again in {} ms: {}", uri.display(),
                        backoff.toMillis(), e.getMessage());
                scheduleReconnect();
                return;
            }
            reconnected();
        }
        post(l -> l.connection(true));
    }

    private void reconnected() {
        backoff = options.firstBackoff();
        LOG.info("libvirt at {}: connected again", uri.display());
    }

    private void post(Consumer<DomainEventListener> event) {
        try {
            dispatch.execute(() -> {
                for (DomainEventListener l : listeners) {
                    try {
                        event.accept(l);
                    } catch (RuntimeException e) {
                        LOG.error("libvirt at {}: a domain event listener failed", uri.display(), e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // closed: events after close are dropped
        }
    }

    private static String nameOf(org.libvirt.Domain domain) {
        try {
            return domain.getName();
        } catch (LibvirtException e) {
            return "?";
        }
    }

    private void closeQuietly(AuthOpen.Opened opened) {
        if (opened == null) {
            return;
        }
        Connect c = opened.connect();
        try {
            deviceEvents.deregister(opened.pointer());
        } catch (RuntimeException e) {
            LOG.debug("libvirt at {}: deregistering device events: {}", uri.display(), e.getMessage());
        }
        try {
            c.removeLifecycleListener(lifecycle);
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("libvirt at {}: removing the lifecycle listener: {}", uri.display(), e.getMessage());
        }
        try {
            c.unregisterCloseListener();
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("libvirt at {}: removing the close listener: {}", uri.display(), e.getMessage());
        }
        try {
            c.close();
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("libvirt at {}: closing: {}", uri.display(), e.getMessage());
        }
    }

    /** Closes the connection, stops reconnecting and the dispatch thread. Idempotent. */
    @Override
    public void close() {
        AuthOpen.Opened c;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            c = connect;
            connect = null;
            if (pendingReconnect != null) {
                pendingReconnect.cancel(false);
            }
        }
        closeQuietly(c);
        shutdownThreads();
    }

    private void shutdownThreads() {
        reconnector.shutdownNow();
        dispatch.shutdown();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public String toString() {
        return "libvirt " + uri.display();
    }
}
