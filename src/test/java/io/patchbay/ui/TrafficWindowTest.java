package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.inspector.Fact;
import io.patchbay.ui.sparkline.Sparkline;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.traffic.TrafficKey;
import io.patchbay.ui.traffic.TrafficPanel;
import io.patchbay.ui.traffic.VnicTraffic;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live state in the window: a host whose vNIC counters grow at each read shows rates and a
 * sparkline in the inspector, a wider tap-to-VM edge, a red mark where drops grew; a guest's
 * address is on its VM node, in the inspector and found by search.
 */
@ExtendWith(ApplicationExtension.class)
class TrafficWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final ConsoleFixture app = new ConsoleFixture();
    private HostEntry entry;
    private String host;

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    private void openCounted(FxRobot robot) throws Exception {
        robot.interact(() -> entry = app.viewModel().hosts().add("counted",
                new CountedCapture(List.of(TestCaptures.path("problems")))));
        host = app.awaitScene(WAIT, s -> s.graph().graph().hosts().size() == 1).graph().graph().hosts().get(0);
    }

    /** Reads the host again and waits (bounded) until the graph shows the new snapshot. */
    private void refresh(FxRobot robot) throws Exception {
        Object before = entry.topologyProperty().get();
        robot.interact(() -> app.viewModel().hosts().refresh(entry));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> entry.topologyProperty().get() != before && entry.statusProperty().get() == HostEntry.Status.READY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private VnicTraffic traffic(String vm, String mac) {
        return app.viewModel().traffic().of(new TrafficKey(host, vm, mac)).orElseThrow();
    }

    @Test
    void growingCountersShowARateASparklineAWiderEdgeAndALossMark(FxRobot robot) throws Exception {
        openCounted(robot);
        robot.interact(() -> app.viewModel().topology().selectedProperty().set(host + "/vm:vm-a"));
        TrafficPanel panel = robot.lookup("#" + TrafficPanel.ID).query();
        // one reading: counters, but no rate yet
        assertThat(panel.isVisible()).isTrue();
        assertThat(texts(panel)).contains("The rate shows from the next refresh on (it takes two readings).");
        assertThat(traffic("vm-a", "52:54:00:aa:00:01").latest()).isNull();

        refresh(robot);
        refresh(robot);
        VnicTraffic a = traffic("vm-a", "52:54:00:aa:00:01");
        assertThat(a.points()).hasSize(2);
        assertThat(a.latest().rxBitsPerSecond()).isPositive();
        assertThat(texts(panel)).anyMatch(t -> t.matches("received [0-9.]+ [kMG]?bit/s"))
                .anyMatch(t -> t.matches("sent [0-9.]+ [kMG]?bit/s"));
        List<Sparkline> lines = panel.sparklines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).drawnPoints(TrafficPanel.RX)).isEqualTo(2);
        assertThat(lines.get(0).drawnPoints(TrafficPanel.TX)).isEqualTo(2);

        GraphView g = app.controller().graph();
        // the marks are computed off the FX thread: wait (bounded) until they land
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> g.nodeView(host + "/vnet1").getStyleClass().contains("traffic-loss"));
        Polyline edge = g.edgeView(host + "/vnet0", host + "/vm:vm-a");
        assertThat(edge).isNotNull();
        assertThat(edge.getStyleClass()).anyMatch(c -> c.equals("traffic-light") || c.equals("traffic-busy")
                || c.equals("traffic-heavy"));
        assertThat(edge.getStrokeWidth()).isGreaterThan(2);
        // vm-b's drops grew at the last read: its tap is marked and says so; vm-a's is not
        assertThat(g.nodeView(host + "/vnet1").getStyleClass()).contains("traffic-loss");
        assertThat(g.nodeView(host + "/vnet1").getAccessibleText()).contains(
                "Drops or errors grew since the previous refresh: received drops +4, errors +0; sent drops +0, errors +0.");
        assertThat(g.nodeView(host + "/vnet0").getStyleClass()).doesNotContain("traffic-loss");

        // the tap of vm-b shows its own vNIC
        robot.interact(() -> app.viewModel().topology().selectedProperty().set(host + "/vnet1"));
        assertThat(panel.sparklines()).hasSize(1);
        assertThat(texts(panel)).anyMatch(t -> t.startsWith("Drops or errors grew")).contains("52:54:00:aa:00:02");
    }

    @Test
    void aGuestAddressIsOnItsVmInTheInspectorAndFoundBySearch(FxRobot robot) throws Exception {
        openCounted(robot);
        GraphView g = app.controller().graph();
        Node vmNode = g.nodeView(host + "/vm:vm-a");
        assertThat(((javafx.scene.Parent) vmNode).getChildrenUnmodifiable()).anyMatch(n -> n instanceof Text t
                && t.getText().equals("198.51.100.123") && t.getStyleClass().contains("node-address"));
        // the address stays inside the node's box
        Text address = (Text) ((javafx.scene.Parent) vmNode).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("node-address")).findFirst().orElseThrow();
        assertThat(address.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(vmNode.getLayoutBounds().getWidth());

        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> {
            field.getScene().getWindow().requestFocus();
            field.requestFocus();
            field.clear();
        });
        robot.write("198.51.100.123");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().equals("198.51.100.123"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> (host + "/vm:vm-a").equals(app.viewModel().topology().selectedProperty().get()));
        TableView<Fact> inspector = robot.lookup("#inspector").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inspector.getItems()).contains(new Fact("fact.vnic.address", "198.51.100.123/24", "address.source.lease"));
        // the source column says where the address was learnt, in words
        assertThat(robot.lookup(".table-cell").match(n -> n instanceof Labeled l && "DHCP lease".equals(l.getText()))
                .tryQuery()).isPresent();
    }

    private static List<String> texts(javafx.scene.Parent p) {
        List<String> out = new java.util.ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l && l.getText() != null) {
                out.add(l.getText());
            }
            if (n instanceof javafx.scene.Parent q) {
                out.addAll(texts(q));
            }
        }
        return out;
    }
}
