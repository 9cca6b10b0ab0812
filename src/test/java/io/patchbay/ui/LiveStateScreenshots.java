package io.patchbay.ui;

import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.problems.ProblemsView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The README's pictures of the live state: run under Xvfb like {@link Screenshots}
 * ({@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.LiveStateScreenshots docs/screenshots}).
 * Opens the problems capture with counters that grow at each read ({@link CountedCapture}), adds
 * nine and a half minutes of readings 30 s apart, opens the Problems tab and shows its MTU problem on the
 * graph (vm-a's tap: its facts, its guest address and its sparkline in the inspector), light and dark.
 */
public final class LiveStateScreenshots {
    private static final int READINGS = 19;

    private LiveStateScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        String suffix = args.length > 1 ? args[1] : ""; // e.g. "-ja" for a run with -Duser.language=ja
        out.toFile().mkdirs();
        List<Path> capture = List.of(TestCaptures.path("problems"));
        ConsoleFixture app = new ConsoleFixture();
        Stage[] stage = new Stage[1];
        run(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            ShotSize.chosen().applyTo(stage[0]);
            app.viewModel().hosts().add("problem-host", new CountedCapture(capture));
        }, true);
        app.awaitSceneFromOutside(java.time.Duration.ofSeconds(20), s -> s.graph().graph().hosts().size() == 1);
        // later readings of the same host, 30 s apart (the libvirt watch's poll)
        CountedCapture later = new CountedCapture(capture, 1);
        List<HostTopology> readings = new ArrayList<>();
        for (int i = 0; i < READINGS; i++) {
            readings.add(later.refresh());
        }
        Instant start = Instant.now();
        run(() -> {
            for (int i = 0; i < readings.size(); i++) {
                app.viewModel().traffic().observe(List.of(readings.get(i)), start.plusSeconds(30L * (i + 1)));
            }
        }, false);
        DrawnFrames.await(3);
        run(() -> {
            TabPane tabs = (TabPane) stage[0].getScene().lookup("#bottomTabs");
            tabs.getTabs().stream().filter(t -> ProblemsView.TAB_ID.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            app.controller().graph().fit();
            String host = app.viewModel().topology().sceneProperty().get().graph().graph().hosts().get(0);
            app.viewModel().topology().reveal(List.of(host + "/vnet0", host + "/brjumbo"));
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<io.patchbay.ui.problems.ProblemRow> table =
                    (javafx.scene.control.TableView<io.patchbay.ui.problems.ProblemRow>) stage[0].getScene()
                            .lookup("#" + ProblemsView.TABLE_ID);
            table.getItems().stream().filter(r -> r.problem().finding() == io.patchbay.problems.Finding.MTU_PORT_BELOW_BRIDGE)
                    .findFirst().ifPresent(r -> table.getSelectionModel().select(r));
        }, false);
        Screenshots.snap(stage[0], out.resolve("live-problems-light" + suffix + ".png"));
        run(() -> Themes.apply(stage[0].getScene(), true), false);
        Screenshots.snap(stage[0], out.resolve("live-problems-dark" + suffix + ".png"));
        Platform.exit();
    }

    private static void run(Runnable r, boolean startup) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Runnable job = () -> {
            r.run();
            done.countDown();
        };
        if (startup) {
            Platform.startup(job);
        } else {
            Platform.runLater(job);
        }
        if (!done.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not run the step within 20 s");
        }
    }
}
