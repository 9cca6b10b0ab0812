package io.patchbay.libvirt;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few libc calls {@link PollEventLoop} needs, bound with JNA: {@code poll(2)} over an array of
 * {@code struct pollfd { int fd; short events; short revents; }} and a non-blocking self-pipe
 * ({@code pipe2}/{@code read}/{@code write}) that wakes the poll when handles or timers change.
 * Also the mapping between libvirt's event bits and poll's.
 */
final class LibcPoll {
    static final int VIR_READABLE = 1;
    static final int VIR_WRITABLE = 2;
    static final int VIR_ERROR = 4;
    static final int VIR_HANGUP = 8;
    static final short POLLIN = 1;
    static final short POLLPRI = 2;
    static final short POLLOUT = 4;
    static final short POLLERR = 8;
    static final short POLLHUP = 16;
    static final short POLLNVAL = 32;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_CLOEXEC = 0x80000;
    private static final int POLLFD_SIZE = 8;

    /** libc, as declared in poll.h and unistd.h (nfds_t and size_t are 64-bit here). */
    interface LibC extends Library {
        int poll(Pointer fds, long nfds, int timeout);

        int pipe2(int[] fds, int flags);

        long read(int fd, byte[] buf, long count);

        long write(int fd, byte[] buf, long count);
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private LibcPoll() {
    }

    /** A non-blocking, close-on-exec pipe: {read end, write end}. */
    static int[] pipe() {
        int[] fds = new int[2];
        if (LIBC.pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) {
            throw new IllegalStateException("cannot create the event loop's wake-up pipe (errno "
                    + Native.getLastError() + ")");
        }
        return fds;
    }

    /** Writes one byte (never blocks: a full pipe already wakes the poll). */
    static void wake(int writeFd) {
        LIBC.write(writeFd, new byte[] {1}, 1);
    }

    /** Reads whatever the pipe holds (non-blocking). */
    static void drain(int readFd) {
        byte[] buf = new byte[64];
        while (LIBC.read(readFd, buf, buf.length) == buf.length) {
            // more may be waiting
        }
    }

    /** poll(2) over {@code fds}/{@code events} (poll bits); returns the revents, or null on EINTR and the like. */
    static short[] poll(int[] fds, short[] events, int timeoutMs) {
        Memory mem = new Memory((long) POLLFD_SIZE * fds.length);
        for (int i = 0; i < fds.length; i++) {
            mem.setInt((long) i * POLLFD_SIZE, fds[i]);
            mem.setShort((long) i * POLLFD_SIZE + 4, events[i]);
            mem.setShort((long) i * POLLFD_SIZE + 6, (short) 0);
        }
        int n = LIBC.poll(mem, fds.length, timeoutMs);
        if (n < 0) {
            return null;
        }
        short[] revents = new short[fds.length];
        for (int i = 0; i < fds.length; i++) {
            revents[i] = mem.getShort((long) i * POLLFD_SIZE + 6);
        }
        return revents;
    }

    /** libvirt's VIR_EVENT_HANDLE_* bits to poll's. */
    static short toPoll(int vir) {
        int p = 0;
        p |= (vir & VIR_READABLE) != 0 ? POLLIN : 0;
        p |= (vir & VIR_WRITABLE) != 0 ? POLLOUT : 0;
        p |= (vir & VIR_ERROR) != 0 ? POLLERR : 0;
        p |= (vir & VIR_HANGUP) != 0 ? POLLHUP : 0;
        return (short) p;
    }

    /** poll's revents to libvirt's VIR_EVENT_HANDLE_* bits (POLLNVAL counts as an error). */
    static int fromPoll(short revents) {
        int v = 0;
        v |= (revents & (POLLIN | POLLPRI)) != 0 ? VIR_READABLE : 0;
        v |= (revents & POLLOUT) != 0 ? VIR_WRITABLE : 0;
        v |= (revents & (POLLERR | POLLNVAL)) != 0 ? VIR_ERROR : 0;
        v |= (revents & POLLHUP) != 0 ? VIR_HANGUP : 0;
        return v;
    }
}
