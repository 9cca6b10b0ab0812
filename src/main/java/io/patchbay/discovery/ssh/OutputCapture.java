package io.patchbay.discovery.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Collects one stream of a remote command as JSch's session thread delivers it, up to a limit
 * (more is counted, not kept), and tells when JSch closed it. JSch closes a channel's standard
 * output at the remote EOF and its error stream when the channel itself is closed (after the exit
 * status has arrived) or the session drops.
 */
final class OutputCapture extends OutputStream {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    private final CountDownLatch closed = new CountDownLatch(1);
    private long total;

    OutputCapture(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        total++;
        if (buffer.size() < limit) {
            buffer.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        total += len;
        long room = limit - buffer.size();
        if (room > 0) {
            buffer.write(b, off, (int) Math.min(room, len));
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }

    boolean awaitClosed(long nanos) throws InterruptedException {
        return closed.await(nanos, TimeUnit.NANOSECONDS);
    }

    synchronized boolean overflowed() {
        return total > limit;
    }

    synchronized long total() {
        return total;
    }

    synchronized String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
