package io.patchbay.ui;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.problems.ProblemsView;
import io.patchbay.ui.traffic.VnicTraffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The live state of the lab's libvirt host, for the README: run under Xvfb with the lab up
 * ({@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.LabLiveStateScreenshots docs/screenshots}),
 * best while something sends frames to the guests (their counters then grow). Adds the lab's
 * libvirtd, reads it again every 5 s for a minute (as the Refresh action does), selects the VM
 * with the most traffic, centred, and snapshots the window light and dark. Changes nothing on the host.
 */
public final class LabLiveStateScreenshots {
    private static final String HOST = "lab";
    private static final int READS = 12;

    private LabLiveStateScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Lab lab = Lab.load();
        ConsoleFixture app = new ConsoleFixture(SshSettings.defaults(), Files.createTempDirectory("pb-shots"));
        Stage[] stage = new Stage[1];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            stage[0].setWidth(1600);
            stage[0].setHeight(1000);
            app.controller().addHost(new HostRequest(HOST, null, lab.libvirtUri(), null));
            started.countDown();
        });
        started.await(20, TimeUnit.SECONDS);
        HostEntry entry = Await.value("the lab host read", Duration.ofSeconds(60), () -> app.viewModel().hosts().hosts()
                .stream().filter(e -> e.statusProperty().get() == HostEntry.Status.READY).findFirst());
        // read again every 5 s, as Refresh does: each read is a reading of the counters
        CountDownLatch readsDone = new CountDownLatch(READS);
        Platform.runLater(() -> {
            Timeline t = new Timeline(new KeyFrame(javafx.util.Duration.seconds(5), e -> {
                app.viewModel().hosts().refresh(entry);
                readsDone.countDown();
            }));
            t.setCycleCount(READS);
            t.play();
        });
        if (!readsDone.await(READS * 5L + 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the refreshes did not run");
        }
        Await.value("the last read", Duration.ofSeconds(30), () -> entry.statusProperty().get() == HostEntry.Status.READY
                ? java.util.Optional.of(entry) : java.util.Optional.empty());
        VnicTraffic busiest = app.viewModel().traffic().all().stream().filter(v -> v.latest() != null)
                .max(Comparator.comparingDouble(v -> v.latest().totalBitsPerSecond()))
                .orElseThrow(() -> new IllegalStateException("no vNIC has a rate: are the guests running?"));
        DrawnFrames.await(3);
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            TabPane tabs = (TabPane) stage[0].getScene().lookup("#bottomTabs");
            tabs.getTabs().stream().filter(t -> ProblemsView.TAB_ID.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            String vm = TopologyGraph.vmId(busiest.key().host(), busiest.key().vm());
            app.controller().graph().fit();
            app.controller().graph().centreOn(vm);
            app.viewModel().topology().selectedProperty().set(vm);
            shown.countDown();
        });
        shown.await(10, TimeUnit.SECONDS);
        Screenshots.snap(stage[0], out.resolve("live-lab-light.png"));
        Platform.runLater(() -> Themes.apply(stage[0].getScene(), true));
        Screenshots.snap(stage[0], out.resolve("live-lab-dark.png"));
        Platform.exit();
    }
}
