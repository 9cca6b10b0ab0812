package io.patchbay.libvirt;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file handles and timers libvirt has registered with {@link PollEventLoop}, guarded by this
 * object's monitor. libvirt adds, updates and removes them from any thread (also from inside a
 * callback on the loop thread); removal only marks an entry deleted, and the loop thread drops it
 * on its next turn and then calls its free callback — never inside {@code removeHandle}/
 * {@code removeTimeout}, where libvirt may hold its own locks. Pointers are libvirt's: callback,
 * opaque data and free callback, handed back unchanged.
 */
final class EventHandles {
    /** One watched file descriptor; {@code events} are VIR_EVENT_HANDLE_* bits. */
    static final class Handle {
        final int watch;
        final int fd;
        final Pointer cb;
        final Pointer opaque;
        final Pointer ff;
        int events;
        boolean deleted;

        Handle(int watch, int fd, int events, Pointer cb, Pointer opaque, Pointer ff) {
            this.watch = watch;
            this.fd = fd;
            this.events = events;
            this.cb = cb;
            this.opaque = opaque;
            this.ff = ff;
        }
    }

    /** One timer; {@code interval} -1 is disabled, 0 fires on every turn of the loop. */
    static final class Timer {
        final int id;
        final Pointer cb;
        final Pointer opaque;
        final Pointer ff;
        int interval;
        long due;
        boolean deleted;

        Timer(int id, int interval, long due, Pointer cb, Pointer opaque, Pointer ff) {
            this.id = id;
            this.interval = interval;
            this.due = due;
            this.cb = cb;
            this.opaque = opaque;
            this.ff = ff;
        }
    }

    /** A free callback to call with its opaque data. */
    record Free(Pointer ff, Pointer opaque) {
    }

    /** What one turn of the loop polls: fds with poll bits, and how long it may wait (-1 = no timer). */
    record Turn(int[] watches, int[] fds, short[] events, int timeoutMs, List<Free> frees) {
    }

    private final Map<Integer, Handle> handles = new LinkedHashMap<>();
    private final Map<Integer, Timer> timers = new LinkedHashMap<>();
    private final Runnable wake;
    private int nextWatch = 1;
    private int nextTimer = 1;

    /** {@code wake} interrupts the loop's poll so that it sees a change. */
    EventHandles(Runnable wake) {
        this.wake = wake;
    }

    static long nowMillis() {
        return System.nanoTime() / 1_000_000L;
    }

    synchronized int addHandle(int fd, int events, Pointer cb, Pointer opaque, Pointer ff) {
        int watch = nextWatch++;
        handles.put(watch, new Handle(watch, fd, events, cb, opaque, ff));
        wake.run();
        return watch;
    }

    synchronized void updateHandle(int watch, int events) {
        Handle h = handles.get(watch);
        if (h != null && !h.deleted) {
            h.events = events;
            wake.run();
        }
    }

    synchronized int removeHandle(int watch) {
        Handle h = handles.get(watch);
        if (h == null || h.deleted) {
            return -1;
        }
        h.deleted = true;
        wake.run();
        return 0;
    }

    synchronized int addTimeout(int interval, Pointer cb, Pointer opaque, Pointer ff) {
        int id = nextTimer++;
        timers.put(id, new Timer(id, interval, nowMillis() + Math.max(interval, 0), cb, opaque, ff));
        wake.run();
        return id;
    }

    synchronized void updateTimeout(int id, int interval) {
        Timer t = timers.get(id);
        if (t != null && !t.deleted) {
            t.interval = interval;
            t.due = nowMillis() + Math.max(interval, 0);
            wake.run();
        }
    }

    synchronized int removeTimeout(int id) {
        Timer t = timers.get(id);
        if (t == null || t.deleted) {
            return -1;
        }
        t.deleted = true;
        wake.run();
        return 0;
    }

    /** Drops deleted entries (their free callbacks are returned, to be called outside the lock) and says what to poll. */
    synchronized Turn prepare(long now) {
        List<Free> frees = new ArrayList<>();
        for (Iterator<Handle> it = handles.values().iterator(); it.hasNext();) {
            Handle h = it.next();
            if (h.deleted) {
                it.remove();
                frees.add(new Free(h.ff, h.opaque));
            }
        }
        long timeout = -1;
        for (Iterator<Timer> it = timers.values().iterator(); it.hasNext();) {
            Timer t = it.next();
            if (t.deleted) {
                it.remove();
                frees.add(new Free(t.ff, t.opaque));
            } else if (t.interval >= 0) {
                long wait = Math.max(0, t.due - now);
                timeout = timeout < 0 ? wait : Math.min(timeout, wait);
            }
        }
        List<Handle> polled = handles.values().stream().filter(h -> h.events != 0).toList();
        int[] watches = new int[polled.size()];
        int[] fds = new int[polled.size()];
        short[] events = new short[polled.size()];
        for (int i = 0; i < polled.size(); i++) {
            watches[i] = polled.get(i).watch;
            fds[i] = polled.get(i).fd;
            events[i] = LibcPoll.toPoll(polled.get(i).events);
        }
        return new Turn(watches, fds, events, (int) Math.min(timeout, Integer.MAX_VALUE), frees);
    }

    /** The timers due at {@code now}, each re-armed for its next firing. */
    synchronized List<Timer> takeDue(long now) {
        List<Timer> due = new ArrayList<>();
        for (Timer t : timers.values()) {
            if (!t.deleted && t.interval >= 0 && t.due <= now) {
                t.due = now + t.interval;
                due.add(t);
            }
        }
        return due;
    }

    /** True while the timer is registered and enabled (a callback may have removed or disabled it). */
    synchronized boolean live(Timer t) {
        return !t.deleted && t.interval >= 0;
    }

    /** The handle behind {@code watch} if it is still registered and wants some of {@code virEvents}. */
    synchronized Handle live(int watch) {
        Handle h = handles.get(watch);
        return h == null || h.deleted ? null : h;
    }
}
