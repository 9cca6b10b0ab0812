package io.patchbay.libvirt;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libvirt's default event loop: registered once ({@code Library.initEventLoop()}) before the
 * first connection is opened, and run by one daemon thread for the whole JVM. Keepalive,
 * close callbacks and domain events all need it. Callbacks on it must only post work.
 */
final class LibvirtEventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtEventLoop.class);
    private static Thread thread;

    private LibvirtEventLoop() {
    }

    /** Starts the loop unless it runs already. */
    static synchronized void ensureStarted() throws DiscoveryException {
        if (thread != null) {
            return;
        }
        LibvirtAvailability.require();
        try {
            SilentErrors.install();
            Library.initEventLoop();
        } catch (LibvirtException e) {
            throw new DiscoveryException(Reason.OTHER, "libvirt's event loop cannot be set up: "
                    + LibvirtErrors.message(e), e);
        }
        Thread t = new Thread(LibvirtEventLoop::run, "libvirt-event-loop");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    private static void run() {
        try {
            Library.runEventLoop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LibvirtException e) {
            LOG.error("libvirt's event loop stopped: {}", LibvirtErrors.message(e));
        }
    }
}
