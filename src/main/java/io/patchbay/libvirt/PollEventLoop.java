package io.patchbay.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own libvirt event implementation, registered with {@code virEventRegisterImpl}: a poll(2)
 * loop on one daemon thread. Not libvirt's default implementation ({@code virEventRegisterDefaultImpl}
 * / {@code virEventRunDefaultImpl}, libvirt-java's {@code Library.initEventLoop/runEventLoop}):
 * since libvirt 6 that one iterates GLib's global default main context, the one GTK's main loop
 * (the JavaFX thread) iterates too; the two threads then take turns dispatching each other's
 * sources, so JavaFX's runLater work and GDK events ran on the libvirt thread (and crashed in
 * libglassgtk3). This loop never touches GLib. libvirt's callbacks run on its thread and must
 * only post work; they are called outside {@link EventHandles}' lock.
 */
final class PollEventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(PollEventLoop.class);

    /** virEventAddHandleFunc: int (*)(int fd, int event, virEventHandleCallback cb, void *opaque, virFreeCallback ff). */
    interface AddHandle extends Callback {
        int invoke(int fd, int event, Pointer cb, Pointer opaque, Pointer ff);
    }

    /** virEventUpdateHandleFunc: void (*)(int watch, int event). */
    interface UpdateHandle extends Callback {
        void invoke(int watch, int event);
    }

    /** virEventRemoveHandleFunc: int (*)(int watch). */
    interface RemoveHandle extends Callback {
        int invoke(int watch);
    }

    /** virEventAddTimeoutFunc: int (*)(int timeout, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff). */
    interface AddTimeout extends Callback {
        int invoke(int timeout, Pointer cb, Pointer opaque, Pointer ff);
    }

    /** virEventUpdateTimeoutFunc: void (*)(int timer, int timeout). */
    interface UpdateTimeout extends Callback {
        void invoke(int timer, int timeout);
    }

    /** virEventRemoveTimeoutFunc: int (*)(int timer). */
    interface RemoveTimeout extends Callback {
        int invoke(int timer);
    }

    /** The one libvirt function bound here. */
    interface EventLib extends Library {
        void virEventRegisterImpl(AddHandle addHandle, UpdateHandle updateHandle, RemoveHandle removeHandle,
                AddTimeout addTimeout, UpdateTimeout updateTimeout, RemoveTimeout removeTimeout);
    }

    private static final int[] PIPE = LibcPoll.pipe();
    private static final EventHandles HANDLES = new EventHandles(() -> LibcPoll.wake(PIPE[1]));

    // strong references for the whole JVM: libvirt may call them as long as it lives
    private static final AddHandle ADD_HANDLE = (fd, event, cb, opaque, ff) -> guarded(
            () -> HANDLES.addHandle(fd, event, cb, opaque, ff));
    private static final UpdateHandle UPDATE_HANDLE = (watch, event) -> guarded(() -> {
        HANDLES.updateHandle(watch, event);
        return 0;
    });
    private static final RemoveHandle REMOVE_HANDLE = watch -> guarded(() -> HANDLES.removeHandle(watch));
    private static final AddTimeout ADD_TIMEOUT = (timeout, cb, opaque, ff) -> guarded(
            () -> HANDLES.addTimeout(timeout, cb, opaque, ff));
    private static final UpdateTimeout UPDATE_TIMEOUT = (timer, timeout) -> guarded(() -> {
        HANDLES.updateTimeout(timer, timeout);
        return 0;
    });
    private static final RemoveTimeout REMOVE_TIMEOUT = timer -> guarded(() -> HANDLES.removeTimeout(timer));

    private PollEventLoop() {
    }

    /** Registers this implementation with libvirt; once, before the first connection is opened. */
    static void register() {
        EventLib lib = Native.load("virt", EventLib.class);
        lib.virEventRegisterImpl(ADD_HANDLE, UPDATE_HANDLE, REMOVE_HANDLE, ADD_TIMEOUT, UPDATE_TIMEOUT, REMOVE_TIMEOUT);
    }

    /** The loop; runs on its own daemon thread for the whole JVM. */
    static void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                turn();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("libvirt's event loop: one turn failed: {}", e.toString());
            }
        }
    }

    private static void turn() {
        EventHandles.Turn turn = HANDLES.prepare(EventHandles.nowMillis());
        for (EventHandles.Free f : turn.frees()) {
            if (f.ff() != null) {
                Function.getFunction(f.ff()).invoke(Void.class, new Object[] {f.opaque()});
            }
        }
        int n = turn.fds().length;
        int[] fds = new int[n + 1];
        short[] events = new short[n + 1];
        fds[0] = PIPE[0];
        events[0] = LibcPoll.POLLIN;
        System.arraycopy(turn.fds(), 0, fds, 1, n);
        System.arraycopy(turn.events(), 0, events, 1, n);
        short[] revents = LibcPoll.poll(fds, events, turn.timeoutMs());
        if (revents == null) {
            return; // EINTR: next turn
        }
        if (revents[0] != 0) {
            LibcPoll.drain(PIPE[0]);
        }
        List<EventHandles.Timer> due = HANDLES.takeDue(EventHandles.nowMillis());
        for (EventHandles.Timer t : due) {
            if (HANDLES.live(t)) {
                Function.getFunction(t.cb).invoke(Void.class, new Object[] {t.id, t.opaque});
            }
        }
        for (int i = 1; i <= n; i++) {
            int vir = LibcPoll.fromPoll(revents[i]);
            if (vir == 0) {
                continue;
            }
            EventHandles.Handle h = HANDLES.live(turn.watches()[i - 1]);
            if (h != null) {
                Function.getFunction(h.cb).invoke(Void.class, new Object[] {h.watch, h.fd, vir, h.opaque});
            }
        }
    }

    /** Runs a registry call for libvirt: never lets a Java exception cross into C (-1 instead). */
    private static int guarded(java.util.function.IntSupplier call) {
        try {
            return call.getAsInt();
        } catch (RuntimeException | Error e) {
            LOG.error("libvirt's event loop: {}", e.toString());
            return -1;
        }
    }
}
