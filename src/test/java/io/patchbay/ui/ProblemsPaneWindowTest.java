package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.patchbay.problems.Finding;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.problems.ProblemRow;
import io.patchbay.ui.problems.ProblemsView;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Problems tab on the problems capture: its count, a sentence, a click and Enter that show the subject, the badges. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPaneWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final ConsoleFixture app = new ConsoleFixture();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    /** Opens the capture, waits for its graph and the five problems; returns the host's name. */
    private String open(FxRobot robot) throws Exception {
        robot.interact(() -> app.viewModel().openCapture(List.of(TestCaptures.path("problems"))));
        GraphScene s = app.awaitScene(WAIT, x -> x.graph().graph().hosts().size() == 1);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().problems().countProperty().get() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        return s.graph().graph().hosts().get(0);
    }

    private Tab problemsTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#bottomTabs").query();
        return tabs.getTabs().stream().filter(t -> ProblemsView.TAB_ID.equals(t.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableRow<ProblemRow> row(FxRobot robot, Finding f) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof ProblemRow p
                && p.problem().finding() == f).query();
    }

    /** How far node {@code id}'s centre is from the graph pane's centre, in screen pixels. */
    private static double offCentre(GraphView g, String id) {
        Region n = g.nodeView(id);
        Bounds b = n.localToScreen(n.getLayoutBounds());
        Bounds v = g.localToScreen(g.getLayoutBounds());
        return Math.hypot(b.getCenterX() - v.getCenterX(), b.getCenterY() - v.getCenterY());
    }

    @Test
    void theTabCountsTheProblemsAndARowSaysItsSentence(FxRobot robot) throws Exception {
        open(robot);
        Tab tab = problemsTab(robot);
        assertThat(tab.getText()).isEqualTo("Problems (5)");
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        TableView<ProblemRow> table = robot.lookup("#" + ProblemsView.TABLE_ID).query();
        assertThat(table.getItems()).hasSize(5);
        assertThat(row(robot, Finding.BRIDGE_WITHOUT_CARRIER).getItem().sentence()).isEqualTo(
                "Bridge brjumbo has no carrier on any physical path (eth2): its VMs cannot reach the network.");
        // severity by icon and word
        Node severity = row(robot, Finding.BRIDGE_WITHOUT_CARRIER).lookup(".severity-error");
        assertThat(severity).isNotNull();
        assertThat(((javafx.scene.control.Labeled) severity).getText()).isEqualTo("Error");
        assertThat(((javafx.scene.control.Labeled) severity).getGraphic()).isInstanceOf(FontIcon.class);
    }

    @Test
    void clickingARowSelectsAndCentresItsFirstSubjectAndEnterDoesTheSame(FxRobot robot) throws Exception {
        String host = open(robot);
        GraphView g = app.controller().graph();
        Tab tab = problemsTab(robot);
        robot.interact(() -> {
            tab.getTabPane().getSelectionModel().select(tab);
            g.fit();
            g.pan(-400, -250); // the subject is far from the centre before the click
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offCentre(g, host + "/vnet0")).isGreaterThan(100);
        robot.clickOn(row(robot, Finding.MTU_PORT_BELOW_BRIDGE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> (host + "/vnet0").equals(app.viewModel().topology().selectedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.viewModel().topology().highlighted()).containsExactlyInAnyOrder(host + "/vnet0", host + "/brjumbo");
        assertThat(g.nodeView(host + "/vnet0").getStyleClass()).contains("selected", "highlighted");
        assertThat(offCentre(g, host + "/vnet0")).isCloseTo(0, within(2.0));

        // Enter on the selected row: the stopped VM on the missing bridge
        TableView<ProblemRow> table = robot.lookup("#" + ProblemsView.TABLE_ID).query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row(robot, Finding.MISSING_BRIDGE_STOPPED).getItem());
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> (host + "/vm:vm-c").equals(app.viewModel().topology().selectedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offCentre(g, host + "/vm:vm-c")).isCloseTo(0, within(2.0));
    }

    @Test
    void eachSubjectNodeHasABadgeThatTellsItsProblems(FxRobot robot) throws Exception {
        String host = open(robot);
        GraphView g = app.controller().graph();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> g.nodeView(host + "/brjumbo").getStyleClass().contains("has-problem"));
        Region brjumbo = g.nodeView(host + "/brjumbo");
        FontIcon badge = (FontIcon) brjumbo.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("node-badge")).findFirst().orElseThrow();
        assertThat(badge.getStyleClass()).contains("severity-error");
        assertThat(badge.isVisible()).isTrue();
        // what the node is and its state, then its problems' sentences
        assertThat(brjumbo.getAccessibleText()).startsWith("bridge brjumbo, ").contains("no carrier")
                .contains("Bridge brjumbo has no carrier on any physical path (eth2)")
                .contains("vnet0 has MTU 1500, below the 9000 that bridge brjumbo carries");
        Region bond = g.nodeView(host + "/bond0");
        assertThat(bond.getChildrenUnmodifiable()).anyMatch(n -> n.getStyleClass().containsAll(List.of("node-badge", "severity-warning")));
        // a node no problem is about has none
        assertThat(g.nodeView(host + "/eth0").getChildrenUnmodifiable()).noneMatch(n -> n.getStyleClass().contains("node-badge"));
        // and its accessible text says only what it is
        assertThat(g.nodeView(host + "/eth0").getAccessibleText()).isEqualTo("nic eth0, 52:54:00:10:00:01");
    }
}
