package io.patchbay.ui;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A picture of a console started again: the first console adds the lab's sshd and libvirtd and
 * goes dark, closes; the second, on the same home, is snapped once both hosts are read again. Run
 * under Xvfb against the lab ({@code java -cp ... io.patchbay.ui.RememberScreenshot OUT.png}).
 */
public final class RememberScreenshot {
    private static final Duration WAIT = Duration.ofSeconds(90);

    private RememberScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "remembered.png");
        Lab lab = Lab.load();
        Path dir = Files.createTempDirectory("pb-remember-shot");
        Path home = Files.createDirectories(dir.resolve("home"));
        SshSettings ssh = SshSettings.forHome(dir, Optional.empty())
                .withKnownHosts(Files.copy(lab.knownHosts(), dir.resolve("known_hosts")))
                .withSshConfig(dir.resolve("no-config"));
        String target = lab.user() + "@" + lab.sshdAddress() + ":" + lab.sshdPort();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await(20, TimeUnit.SECONDS);

        ConsoleFixture first = open(ssh, home);
        Screenshots.run(() -> {
            first.controller().addHost(new HostRequest("loop", target, null, lab.key()));
            first.controller().addHost(new HostRequest("lab", null, lab.libvirtUri(), null));
            first.stage().setX(0);
            first.stage().setY(0);
            first.stage().setWidth(1500);
            first.stage().setHeight(940);
        });
        awaitRead(first);
        Screenshots.run(() -> ConsoleFixture.menuItemOf(first.stage(), "darkThemeItem").fire());
        first.close(WAIT);

        ConsoleFixture second = open(ssh, home);
        awaitRead(second);
        second.awaitSceneFromOutside(WAIT, s -> s.graph().graph().hosts().size() == 2);
        Screenshots.run(() -> second.controller().graph().fit());
        Screenshots.snap(second.stage(), out);
        second.close(WAIT);
        Platform.exit();
    }

    private static ConsoleFixture open(SshSettings ssh, Path home) throws InterruptedException {
        ConsoleFixture app = new ConsoleFixture(ssh, home);
        Screenshots.run(() -> app.start(new Stage()));
        return app;
    }

    private static void awaitRead(ConsoleFixture app) {
        Await.until("both hosts read", WAIT, () -> app.viewModel().hosts().hosts().size() == 2
                && app.viewModel().hosts().hosts().stream().allMatch(h -> h.statusProperty().get() == HostEntry.Status.READY));
    }
}
