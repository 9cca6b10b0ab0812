package io.patchbay.ui.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.faults.FaultHost;
import io.patchbay.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fault matrix's "the UI stays responsive": while a host's refresh hangs (its sshd frozen with
 * SIGSTOP: the kernel accepts the connection, nobody answers), the FX thread keeps pulsing and
 * answering, and the host ends FAILED with a clear error after the connect timeout.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class HungHostResponsivenessLabTest {
    private static final Duration CONNECT = Duration.ofSeconds(4);

    @TempDir
    Path dir;
    private HostsViewModel hosts;
    private BackgroundTasks tasks;
    private FaultHost host;

    @Start
    void start(Stage stage) {
        tasks = BackgroundTasks.platform();
        hosts = new HostsViewModel(tasks);
        stage.setScene(new Scene(new ListView<>(hosts.hosts()), 300, 200));
        stage.show();
    }

    @AfterEach
    void down() {
        tasks.shutdown();
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theFxThreadKeepsPulsingWhileAHostsRefreshHangs(FxRobot robot) throws Exception {
        host = FaultHost.start(dir);
        Path kh = host.writeKnownHosts(dir.resolve("known_hosts"));
        SshSettings settings = SshSettings.forHome(Files.createDirectories(dir.resolve("home")), Optional.empty())
                .withKnownHosts(kh).withIdentityFiles(List.of(host.clientKey())).withConnectTimeout(CONNECT);
        SshHostSource source = new SshHostSource("pbfault", SshTarget.parse(host.user() + "@" + FaultHost.ADDR), settings);
        host.freezeSshd();

        AtomicLong pulses = new AtomicLong();
        AtomicLong last = new AtomicLong();
        AtomicLong maxGap = new AtomicLong();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long prev = last.getAndSet(now);
                if (prev != 0) {
                    maxGap.accumulateAndGet(now - prev, Math::max);
                }
                pulses.incrementAndGet();
            }
        };
        AtomicReference<HostEntry> entry = new AtomicReference<>();
        long start = System.nanoTime();
        robot.interact(() -> {
            timer.start();
            entry.set(hosts.add("pbfault", source));
        });
        assertThat(entry.get().statusProperty().get()).isEqualTo(HostEntry.Status.READING);

        // while it reads: the FX thread answers within 200 ms, again and again
        long worstAnswer = 0;
        int answers = 0;
        while (entry.get().statusProperty().get() == HostEntry.Status.READING
                && System.nanoTime() - start < CONNECT.plusSeconds(5).toNanos()) {
            CountDownLatch answered = new CountDownLatch(1);
            long asked = System.nanoTime();
            Platform.runLater(answered::countDown);
            assertThat(answered.await(2, TimeUnit.SECONDS)).as("the FX thread answers").isTrue();
            worstAnswer = Math.max(worstAnswer, System.nanoTime() - asked);
            answers++;
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS); // the probing interval, not a wait for a result
        }
        Duration hung = Duration.ofNanos(System.nanoTime() - start);
        robot.interact(timer::stop);
        WaitForAsyncUtils.waitForFxEvents();

        System.out.println("fault matrix: UI during a hung refresh of " + hung.toMillis() + " ms: " + pulses.get()
                + " pulses, longest gap " + maxGap.get() / 1_000_000 + " ms, " + answers + " runLater probes, worst "
                + worstAnswer / 1_000_000 + " ms; host: " + entry.get().errorProperty().get());
        assertThat(hung).as("the refresh hung for about the connect timeout").isGreaterThan(CONNECT.minusSeconds(1))
                .isLessThan(CONNECT.plusSeconds(5));
        assertThat(answers).isGreaterThan(10);
        assertThat(Duration.ofNanos(worstAnswer)).isLessThan(Duration.ofMillis(500));
        assertThat(pulses.get()).as("pulses while hung").isGreaterThan(hung.toMillis() / 100);
        assertThat(Duration.ofNanos(maxGap.get())).as("longest gap between pulses").isLessThan(Duration.ofMillis(500));
        assertThat(entry.get().statusProperty().get()).isEqualTo(HostEntry.Status.FAILED);
        assertThat(entry.get().errorProperty().get()).contains(FaultHost.ADDR);
        host.thawSshd();
    }
}
