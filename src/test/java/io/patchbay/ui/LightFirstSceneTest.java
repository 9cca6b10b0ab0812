package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Launched as the application, the console shows a light scene first, then the main window in the same window. */
@ExtendWith(ApplicationExtension.class)
class LightFirstSceneTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;
    private final PatchbayApp app = new PatchbayApp() {
        @Override
        protected java.nio.file.Path consoleHome() {
            return home; // never the user's own settings
        }

        @Override
        protected boolean lightFirstScene() {
            return true;
        }

        @Override
        protected boolean addThisComputer() {
            return false;
        }
    };
    private Stage stage;
    private Scene firstScene;
    private Parent firstRoot;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage);
        firstScene = stage.getScene();
        firstRoot = firstScene.getRoot();
    }

    @Test
    void theStartingViewMakesWayForTheMainWindow(FxRobot robot) throws Exception {
        assertThat(firstRoot.getId()).isEqualTo("startingView");
        assertThat(stage.isShowing()).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.controller() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene()).isSameAs(firstScene);
        assertThat(robot.lookup("#startingView").tryQuery()).isEmpty();
        assertThat(robot.lookup("#graphView").tryQuery()).isPresent();
        assertThat(robot.lookup("#hostList").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("Patchbay");
    }
}
