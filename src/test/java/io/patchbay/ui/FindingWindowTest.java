package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.HostFrame;
import io.patchbay.model.DeviceKind;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding things in the console (headless, real captures): fit zooms in on one small host and lays
 * several in a grid, search steps with Enter, F3 and Shift, arrow keys walk the graph, the minimap
 * moves the view, tap nodes show their guest's MAC, rows are named.
 */
@ExtendWith(ApplicationExtension.class)
class FindingWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LAB = "lab-kvm-01";
    private static final String SEED = "rhev-host-01";
    private final ConsoleFixture app = new ConsoleFixture();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    private GraphScene open(FxRobot robot, List<Path> files, String host) throws Exception {
        robot.interact(() -> app.viewModel().openCapture(files));
        return app.awaitScene(WAIT, s -> s.graph().graph().hosts().contains(host));
    }

    private GraphScene openSeedAndLab(FxRobot robot) throws Exception {
        open(robot, List.of(Shared.seed("rhev-host-01.ip-addr-show.txt"), Shared.seed("rhev-host-01.brctl-show.txt")), SEED);
        return open(robot, List.of(TestCaptures.path("sosreport-lab")), LAB);
    }

    private String selected() {
        return app.viewModel().topology().selectedProperty().get();
    }

    private String said(FxRobot robot) {
        return robot.lookup("#searchResult").queryLabeled().getText();
    }

    /** Presses {@code keys} together and waits until {@code done} holds. */
    private void press(FxRobot robot, java.util.concurrent.Callable<Boolean> done, KeyCode... keys) throws Exception {
        robot.push(keys);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, done);
    }

    @Test
    void fitZoomsInOnOneSmallHost(FxRobot robot) throws Exception {
        open(robot, List.of(Shared.corpus("ip", "IP_D_S_LINK_BOND_1.txt")), "IP_D_S_LINK_BOND_1");
        GraphView g = app.controller().graph();
        robot.interact(g::fit);
        assertThat(g.zoomLevel()).isGreaterThan(1.0).isLessThanOrEqualTo(2.0);
        assertThat(g.minimapShown()).as("the whole picture is in view").isFalse();
    }

    @Test
    void severalHostsMakeAGridThatFitKeepsReadableAndTheMinimapMovesTheView(FxRobot robot) throws Exception {
        openSeedAndLab(robot);
        GraphScene s = open(robot, List.of(Shared.corpus("ip", "IP_D_S_LINK_BOND_1.txt")), "IP_D_S_LINK_BOND_1");
        assertThat(s.layout().hosts()).hasSize(3);
        assertThat(s.layout().hosts().stream().map(HostFrame::y).distinct().count()).as("rows of hosts").isGreaterThan(1);
        GraphView g = app.controller().graph();
        robot.interact(g::fit);
        // side by side (2,550 px wide) the three were fitted at 0.3, without names; in the grid names are drawn (from 0.4)
        assertThat(g.zoomLevel()).isGreaterThanOrEqualTo(0.4);
        assertThat(g.minimapShown()).isFalse();
        // each host's rows are named at its left
        assertThat(robot.lookup(".row-name").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("Uplinks", "Bonds", "Bridges", "vNICs", "VMs");
        // zoomed in, the minimap shows; a click on its bottom right corner moves the view there
        robot.interact(() -> {
            g.zoom(3, g.getWidth() / 2, g.getHeight() / 2);
        });
        assertThat(g.minimapShown()).isTrue();
        javafx.scene.layout.Region map = g.minimap();
        javafx.scene.shape.Rectangle viewport = (javafx.scene.shape.Rectangle) map.getChildrenUnmodifiable().get(1);
        double viewportX = viewport.getX();
        double viewportY = viewport.getY();
        robot.clickOn(map.localToScreen(map.getWidth() - 8, map.getHeight() - 8), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport.getX() > viewportX);
        assertThat(viewport.getY()).isGreaterThan(viewportY);
        // the view's middle is now the picture's bottom right (the picture point under the middle of the view)
        javafx.geometry.Point2D middle = g.getChildrenUnmodifiable().get(0).parentToLocal(g.getWidth() / 2, g.getHeight() / 2);
        assertThat(middle.getX()).isGreaterThan(s.layout().width() * 0.75);
        assertThat(middle.getY()).isGreaterThan(s.layout().height() * 0.75);
    }

    @Test
    void searchStepsWithEnterF3AndShiftAndSaysWhichHitOfHowMany(FxRobot robot) throws Exception {
        openSeedAndLab(robot);
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> field.getScene().getWindow().requestFocus());
        press(robot, field::isFocused, KeyCode.CONTROL, KeyCode.F);
        robot.write("vnet0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().equals("vnet0"));
        // the richest first: the tap of a VM (the lab's), then the seed's bare taps
        press(robot, () -> "1 of 4".equals(said(robot)), KeyCode.ENTER);
        assertThat(selected()).isEqualTo(LAB + "/vnet0");
        assertThat(app.viewModel().topology().highlighted()).hasSize(4);
        press(robot, () -> "2 of 4".equals(said(robot)), KeyCode.ENTER);
        assertThat(selected()).isEqualTo(SEED + "/vnet000");
        press(robot, () -> "3 of 4".equals(said(robot)), KeyCode.F3);
        assertThat(selected()).isEqualTo(SEED + "/vnet001");
        press(robot, () -> "2 of 4".equals(said(robot)), KeyCode.SHIFT, KeyCode.F3);
        press(robot, () -> "1 of 4".equals(said(robot)), KeyCode.SHIFT, KeyCode.ENTER);
        // round the start to the last
        press(robot, () -> "4 of 4".equals(said(robot)), KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(selected()).isEqualTo(SEED + "/vnet002");
        // F3 from the graph too
        GraphView g = app.controller().graph();
        robot.interact(g::requestFocus);
        press(robot, () -> "1 of 4".equals(said(robot)), KeyCode.F3);
        // a new text searches again
        robot.interact(() -> field.requestFocus());
        robot.interact(field::clear);
        robot.write("no-such-thing");
        press(robot, () -> "No match.".equals(said(robot)), KeyCode.ENTER);
    }

    @Test
    void keyboardOnlySearchAMacStepToTheSecondHitAndWalkToItsBridge(FxRobot robot) throws Exception {
        openSeedAndLab(robot);
        GraphView g = app.controller().graph();
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> field.getScene().getWindow().requestFocus());
        press(robot, field::isFocused, KeyCode.CONTROL, KeyCode.F);
        robot.write("52:54:00:4a:7c:01");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().equals("52:54:00:4a:7c:01"));
        press(robot, () -> "1 of 2".equals(said(robot)), KeyCode.ENTER);
        assertThat(selected()).isEqualTo(LAB + "/vnet0");
        // the tap shows the guest's MAC, not its own fe: one
        assertThat(g.nodeView(LAB + "/vnet0").lookupAll(".node-detail")).extracting(n -> ((Text) n).getText())
                .containsExactly("52:54:00:4a:7c:01");
        // the capture has the tap down: a sign says so before its name, not only its paler colour
        assertThat(g.nodeView(LAB + "/vnet0").lookupAll(".node-name")).extracting(n -> ((Text) n).getText())
                .containsExactly("\u2193 vnet0");
        press(robot, () -> "2 of 2".equals(said(robot)), KeyCode.F3);
        assertThat(selected()).isEqualTo(LAB + "/vm:web1");
        // Tab from the search field goes to the graph (panes, not every toolbar button)
        press(robot, g::isFocused, KeyCode.TAB);
        press(robot, () -> (LAB + "/vnet0").equals(selected()), KeyCode.UP);
        press(robot, () -> (LAB + "/br0").equals(selected()), KeyCode.UP);
        GraphSubject bridge = app.viewModel().topology().selectedSubject();
        assertThat(bridge).isInstanceOfSatisfying(GraphSubject.OfDevice.class,
                d -> assertThat(d.device().kind()).isEqualTo(DeviceKind.BRIDGE));
        assertThat(g.getAccessibleText()).startsWith("bridge br0");
        // straight back down the way it came, then along the row
        press(robot, () -> (LAB + "/vnet0").equals(selected()), KeyCode.DOWN);
        press(robot, () -> !(LAB + "/vnet0").equals(selected()), KeyCode.RIGHT);
        assertThat(g.nodeView(selected()).getLayoutX()).isGreaterThan(g.nodeView(LAB + "/vnet0").getLayoutX());
        // the nodes tell what they are and their state in words
        assertThat(g.nodeView(SEED + "/bond0").getAccessibleText()).startsWith("bond bond0").contains("down");
        // Tab on: the inspector, the bottom tabs, round to the hosts
        press(robot, () -> robot.lookup("#inspector").query().isFocused(), KeyCode.TAB);
        press(robot, () -> robot.lookup("#journalList").query().isFocused(), KeyCode.TAB);
        press(robot, () -> robot.lookup("#hostList").query().isFocused(), KeyCode.TAB);
        press(robot, () -> robot.lookup("#journalList").query().isFocused(), KeyCode.SHIFT, KeyCode.TAB);
    }
}
