package io.patchbay.ui;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * "This computer" with the lab's libvirtd as its local daemon, and with no daemon answering (the
 * hint): run under Xvfb after {@code sudo lab/up}
 * ({@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.ThisComputerScreenshots docs/screenshots}).
 */
public final class ThisComputerScreenshots {
    private ThisComputerScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("patchbay-shots");
        Lab lab = Lab.load();
        Platform.startup(() -> { });
        shoot(ConsoleFixture.withThisComputer(SshSettings.defaults(), home, List.of(lab.libvirtUri())),
                s -> lab.guests().stream().allMatch(g -> s.layout().nodes().keySet().stream().anyMatch(id -> id.endsWith("/vm:" + g))),
                out.resolve("this-computer.png"));
        shoot(ConsoleFixture.withThisComputer(SshSettings.defaults(), home,
                        List.of("qemu:///system?socket=" + home.resolve("no-libvirtd.sock"))),
                s -> s.layout().nodes().keySet().stream().anyMatch(id -> id.endsWith("/lo")),
                out.resolve("this-computer-no-libvirtd.png"));
        Platform.exit();
    }

    private static void shoot(ConsoleFixture app, java.util.function.Predicate<io.patchbay.ui.topology.GraphScene> ready,
                              Path file) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            stage[0].setWidth(1600);
            stage[0].setHeight(1000);
            started.countDown();
        });
        started.await(20, TimeUnit.SECONDS);
        app.awaitSceneFromOutside(Duration.ofSeconds(40), ready);
        DrawnFrames.await(3);
        Screenshots.run(() -> app.controller().graph().fit());
        Screenshots.snap(stage[0], file);
        Screenshots.run(stage[0]::hide);
    }
}
