package io.patchbay.ui.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A host never stays "reading" on an Error, and the FX thread's calls never wait on a close in the background. */
class HostEntryThreadingTest {
    /** A source whose read fails as a missing libvirt C library does, and whose close may hang. */
    private static final class Source implements HostSource {
        final CountDownLatch closing = new CountDownLatch(1);
        final CountDownLatch releaseClose = new CountDownLatch(1);

        @Override
        public String describe() {
            return "test";
        }

        @Override
        public HostTopology refresh() {
            throw new UnsatisfiedLinkError("Unable to load library 'virt'");
        }

        @Override
        public void close() {
            closing.countDown();
            try {
                releaseClose.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void anUnsatisfiedLinkErrorEndsTheReadAsFailed() {
        HostsViewModel hosts = new HostsViewModel(BackgroundTasks.inline());
        Source s = new Source();
        s.releaseClose.countDown();
        HostEntry e = hosts.add("h", HostEntry.Kind.LIBVIRT, () -> s);
        assertThat(e.statusProperty().get()).isEqualTo(HostEntry.Status.FAILED);
        assertThat(e.errorProperty().get()).isEqualTo("UnsatisfiedLinkError: Unable to load library 'virt'");
    }

    @Test
    void theSourceIsGivenWhileAnotherThreadIsStillClosingTheOldOne() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Source first = new Source();
        Source second = new Source();
        second.releaseClose.countDown();
        HostEntry e = new HostEntry("h", HostEntry.Kind.SSH, () -> made.incrementAndGet() == 1 ? first : second);
        assertThat(e.source()).isSameAs(first);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(e::closeSource);
        assertThat(first.closing.await(10, TimeUnit.SECONDS)).isTrue();
        // the close hangs in the background; the FX thread's call does not wait for it
        HostSource now = CompletableFuture.supplyAsync(e::source).get(10, TimeUnit.SECONDS);
        assertThat(now).isSameAs(second);
        first.releaseClose.countDown();
        closing.get(10, TimeUnit.SECONDS);
    }
}
