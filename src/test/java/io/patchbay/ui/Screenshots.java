package io.patchbay.ui;

import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.main.Themes;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The README's screenshots of the real console: run under Xvfb
 * ({@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.Screenshots docs/screenshots}).
 * Opens the seed's sample and the lab sosreport, selects the bridge, snapshots the window light and dark.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        out.toFile().mkdirs();
        ConsoleFixture app = new ConsoleFixture();
        Stage[] stage = {start(app, vm -> {
            vm.openSample();
            vm.openCapture(List.of(TestCaptures.path("sosreport-lab")));
        })};
        app.awaitSceneFromOutside(java.time.Duration.ofSeconds(20), s -> s.graph().graph().hosts().size() == 2);
        DrawnFrames.await(3); // the window has laid out and drawn the scene before the first snapshot
        run(() -> {
            app.controller().graph().fit();
            app.viewModel().topology().selectedProperty().set("lab-kvm-01/bond0");
        });
        snap(stage[0], out.resolve("console-light.png"));
        run(() -> {
            Themes.apply(stage[0].getScene(), true);
            app.viewModel().topology().search("ovirtmgmt");
            app.controller().graph().fit();
        });
        snap(stage[0], out.resolve("console-dark.png"));
        Platform.exit();
    }

    /** Starts JavaFX with the console in a 1600x1000 window and gives it what to open first. */
    static Stage start(ConsoleFixture app, java.util.function.Consumer<io.patchbay.ui.main.MainViewModel> open)
            throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            ShotSize.chosen().applyTo(stage[0]);
            open.accept(app.viewModel());
            started.countDown();
        });
        started.await(20, TimeUnit.SECONDS);
        return stage[0];
    }

    static void run(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            r.run();
            done.countDown();
        });
        done.await(10, TimeUnit.SECONDS);
    }


    /** Snapshots the scene of {@code window} (a stage or a dialog) into a PNG once it has been drawn. */
    static void snap(javafx.stage.Window stage, Path file) throws Exception {
        DrawnFrames.await(3); // the change before this snapshot has been laid out and drawn
        CountDownLatch done = new CountDownLatch(1);
        WritableImage[] img = new WritableImage[1];
        Platform.runLater(() -> {
            img[0] = stage.getScene().snapshot(null);
            done.countDown();
        });
        done.await(10, TimeUnit.SECONDS);
        BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
        ImageIO.write(b, "png", new File(file.toString()));
        System.out.println("wrote " + file + " " + b.getWidth() + "x" + b.getHeight());
    }
}
