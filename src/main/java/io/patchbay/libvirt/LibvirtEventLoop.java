package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;

/**
 * libvirt's event loop for the whole JVM: our own {@link PollEventLoop}, registered once before
 * the first connection is opened and run by one daemon thread. Keepalive, close callbacks and
 * domain events all need it. Callbacks on it must only post work. libvirt-java's
 * {@code Library.initEventLoop()} must never be used: its GLib loop shares GLib's default main
 * context with GTK (the JavaFX thread) and ran JavaFX work on the libvirt thread (see PollEventLoop).
 */
final class LibvirtEventLoop {
    private static Thread thread;

    private LibvirtEventLoop() {
    }

    /** Registers and starts the loop unless it runs already. */
    static synchronized void ensureStarted() throws PatchbayException {
        if (thread != null) {
            return;
        }
        LibvirtAvailability.require();
        try {
            SilentErrors.install();
            PollEventLoop.register();
        } catch (RuntimeException | LinkageError e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("libvirt.eventLoop", e.getMessage()), e);
        }
        Thread t = new Thread(PollEventLoop::run, "libvirt-event-loop");
        t.setDaemon(true);
        t.start();
        thread = t;
    }
}
