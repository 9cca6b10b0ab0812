package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280x800 nothing important hides: "Apply to:" and the search result are in the window (never
 * in the tool bar's overflow), and the tabs below the graph keep room for five rows.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenLayoutTest {
    private final ConsoleFixture app = new ConsoleFixture();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        app.start(s);
    }

    @Test
    void applyToAndTheSearchResultStayInTheWindowAndTheBottomTabsKeepFiveRows(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
            search.setText("no-such-device");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds window = stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getLayoutBounds());
        for (String id : new String[] {"#scopeChoice", "#searchResult"}) {
            Node n = robot.lookup(id).query();
            assertThat(n.isVisible()).as(id + " visible").isTrue();
            assertThat(n.getScene()).as(id + " in the main window, not an overflow menu").isSameAs(stage.getScene());
            Bounds b = n.localToScreen(n.getLayoutBounds());
            assertThat(b.getMaxX()).as(id + " right edge within the window").isLessThanOrEqualTo(window.getMaxX() + 0.5);
            assertThat(b.getWidth()).as(id + " not squeezed").isGreaterThan(0);
        }
        TabPane bottom = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        assertThat(bottom.getHeight()).as("the tabs below the graph").isGreaterThanOrEqualTo(190);
    }
}
