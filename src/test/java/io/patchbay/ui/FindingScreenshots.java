package io.patchbay.ui;

import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.main.Themes;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of finding things, at 1600x1000 and 1280x800: three hosts fitted in their grid with
 * named rows, a MAC search stepped to its second hit, and zoomed in with the minimap, light and
 * dark. Run under Xvfb ({@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ...
 * io.patchbay.ui.FindingScreenshots OUT_DIR}).
 */
public final class FindingScreenshots {
    private FindingScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        out.toFile().mkdirs();
        ConsoleFixture app = new ConsoleFixture();
        Stage stage = Screenshots.start(app, vm -> {
            vm.openSample();
            vm.openCapture(List.of(TestCaptures.path("sosreport-lab")));
            vm.openCapture(List.of(Shared.corpus("ip", "IP_D_S_LINK_BOND_1.txt")));
        });
        app.awaitSceneFromOutside(java.time.Duration.ofSeconds(20), s -> s.graph().graph().hosts().size() == 3);
        DrawnFrames.await(3);
        for (int[] size : new int[][] {{1600, 1000}, {1280, 800}}) {
            String tag = size[0] + "x" + size[1];
            Screenshots.run(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            DrawnFrames.await(3);
            Screenshots.run(() -> {
                Themes.apply(stage.getScene(), false);
                app.viewModel().topology().selectedProperty().set(null);
                app.controller().graph().fit();
            });
            Screenshots.snap(stage, out.resolve("finding-grid-" + tag + ".png"));
            Screenshots.run(() -> {
                javafx.scene.control.TextField f = (javafx.scene.control.TextField) stage.getScene().lookup("#searchField");
                f.setText("52:54:00:4a:7c:01");
                f.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.ENTER, false, false, false, false));
                f.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.F3, false, false, false, false));
            });
            Screenshots.snap(stage, out.resolve("finding-search-" + tag + ".png"));
            Screenshots.run(() -> Themes.apply(stage.getScene(), true));
            Screenshots.snap(stage, out.resolve("finding-search-dark-" + tag + ".png"));
        }
        Platform.exit();
    }
}
