package io.patchbay.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background work always ends in a callback (an Error too), and a cancelled task ends in none. */
class BackgroundTasksTest {
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    /** Stands in for the FX thread: what the tasks hand over, in order. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final BackgroundTasks tasks = BackgroundTasks.of(io, ui::add);

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    /** Runs the next callback handed to the "FX thread", waiting for it at most 10 s. */
    private void runNextCallback() throws InterruptedException {
        Runnable r = ui.poll(10, TimeUnit.SECONDS);
        assertThat(r).as("a callback").isNotNull();
        r.run();
    }

    @Test
    void anErrorOfTheWorkReachesOnErrorWithItsCause() throws Exception {
        AtomicReference<Exception> failed = new AtomicReference<>();
        AtomicReference<Object> done = new AtomicReference<>();
        tasks.run(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'virt'");
        }, done::set, failed::set);
        runNextCallback();
        assertThat(done.get()).isNull();
        assertThat(failed.get()).isInstanceOf(BackgroundTasks.Failure.class)
                .hasMessage("Unable to load library 'virt'")
                .hasCauseInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void anExceptionAndAResultReachTheirCallbacksUnchanged() throws Exception {
        AtomicReference<Exception> failed = new AtomicReference<>();
        AtomicReference<String> done = new AtomicReference<>();
        IllegalStateException boom = new IllegalStateException("boom");
        tasks.run(() -> {
            throw boom;
        }, x -> { }, failed::set);
        tasks.run(() -> "read", done::set, e -> { });
        runNextCallback();
        runNextCallback();
        assertThat(failed.get()).isSameAs(boom);
        assertThat(done.get()).isEqualTo("read");
    }

    @Test
    void cancellingInterruptsTheWorkAndNoCallbackRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<String> calls = new AtomicReference<>("");
        BackgroundTasks.Task t = tasks.run(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // blocks until interrupted
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }, x -> calls.set("success"), e -> calls.set("error " + e));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        t.cancel();
        assertThat(t.cancelled()).isTrue();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the work was interrupted").isTrue();
        // whatever the work handed over runs now, and says nothing
        tasks.run(() -> "after", x -> calls.set(calls.get() + "after"), e -> { });
        while (!calls.get().endsWith("after")) {
            runNextCallback();
        }
        assertThat(calls.get()).isEqualTo("after");
    }

    @Test
    void aTaskCancelledBeforeItRunsNeverRuns() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        tasks.run(() -> {
            gate.await();
            return "first";
        }, x -> { }, e -> { });
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        BackgroundTasks.Task second = tasks.run(() -> {
            ran.set(true);
            return "second";
        }, x -> { }, e -> { });
        second.cancel();
        gate.countDown();
        runNextCallback(); // the first one's
        tasks.run(() -> "third", x -> { }, e -> { });
        runNextCallback(); // the third one's: the second, cancelled, handed nothing over
        assertThat(ran.get()).isFalse();
        assertThat(ui).isEmpty();
    }
}
