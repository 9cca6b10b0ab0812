package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.layout.TopologyGraph;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.inspector.Fact;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console headless (Monocle) on real captures: the seed's host, a bond, a sosreport with VMs. */
@ExtendWith(ApplicationExtension.class)
class TopologyWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final ConsoleFixture app = new ConsoleFixture();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    private GraphScene open(FxRobot robot, List<java.nio.file.Path> files, String host) throws Exception {
        robot.interact(() -> app.viewModel().openCapture(files));
        return app.awaitScene(WAIT, s -> s.graph().graph().hosts().contains(host));
    }

    @Test
    void theSeedCaptureShowsItsDevicesAndTheBridgePorts(FxRobot robot) throws Exception {
        GraphScene s = open(robot, List.of(Shared.seed("rhev-host-01.ip-addr-show.txt"), Shared.seed("rhev-host-01.brctl-show.txt")),
                "rhev-host-01");
        Set<String> names = s.layout().nodes().keySet().stream().map(id -> id.substring("rhev-host-01/".length()))
                .collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder("lo", "eth0", "wlan0", ";vdsmdummy;", "bond0", "bond1", "bond2", "bond3",
                "bond4", "ovirtmgmt", "vnet000", "vnet001", "vnet002");
        Set<String> edges = s.layout().edges().stream().map(e -> e.from().substring(13) + ">" + e.to().substring(13) + ":" + e.kind())
                .collect(Collectors.toSet());
        assertThat(edges).containsExactlyInAnyOrder("eth0>ovirtmgmt:port", "ovirtmgmt>vnet000:port", "ovirtmgmt>vnet001:port",
                "ovirtmgmt>vnet002:port");
        GraphView g = app.controller().graph();
        assertThat(g.nodeCount()).isEqualTo(13);
        assertThat(g.edgeCount()).isEqualTo(4);
        // the bridge sits below its uplink and above its taps; wlan0 (no carrier) and the bonds (down) look it
        assertThat(g.nodeView("rhev-host-01/ovirtmgmt").getLayoutY()).isGreaterThan(g.nodeView("rhev-host-01/eth0").getLayoutY());
        assertThat(g.nodeView("rhev-host-01/vnet000").getLayoutY()).isGreaterThan(g.nodeView("rhev-host-01/ovirtmgmt").getLayoutY());
        assertThat(g.nodeView("rhev-host-01/wlan0").getStyleClass()).contains("state-no-carrier", "state-down");
        assertThat(g.nodeView("rhev-host-01/bond0").getStyleClass()).contains("state-down");
        assertThat(robot.lookup("#journalList").queryListView().getItems().toString()).contains("rhev-host-01.ip-addr-show.txt");
    }

    /**
     * Types {@code text} into the search field and presses Enter, with the console's window in front
     * and the field focused first (a window left over by another test class must not take the keys).
     */
    private void search(FxRobot robot, String text) throws Exception {
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> {
            field.getScene().getWindow().requestFocus();
            field.requestFocus();
            field.clear();
        });
        robot.write(text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().equals(text));
        robot.type(KeyCode.ENTER);
    }

    @Test
    void searchByMacSelectsHighlightsAndInspects(FxRobot robot) throws Exception {
        open(robot, List.of(Shared.seed("rhev-host-01.ip-addr-show.txt"), Shared.seed("rhev-host-01.brctl-show.txt")), "rhev-host-01");
        search(robot, "00:21:6B:CC:14:6C");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.viewModel().topology().selectedProperty().get() != null);
        assertThat(app.viewModel().topology().selectedProperty().get()).isEqualTo("rhev-host-01/wlan0");
        assertThat(app.controller().graph().nodeView("rhev-host-01/wlan0").getStyleClass()).contains("selected", "highlighted");
        assertThat(facts(robot)).contains("fact.mac=00:21:6b:cc:14:6c", "fact.kind=wireless", "fact.carrier=false");
        // the shared MAC of eth0 and its bridge finds both
        search(robot, "00:21:86:a2:85:cd");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.viewModel().topology().highlighted().size() > 1);
        assertThat(app.viewModel().topology().highlighted()).containsExactlyInAnyOrder("rhev-host-01/eth0", "rhev-host-01/ovirtmgmt");
        assertThat(robot.lookup("#searchResult").queryLabeled().getText()).isEqualTo("1 of 2");
    }

    @Test
    void clickingABondShowsItsModeAndSlaves(FxRobot robot) throws Exception {
        open(robot, List.of(Shared.corpus("ip", "IP_D_S_LINK_BOND_1.txt")), "IP_D_S_LINK_BOND_1");
        robot.clickOn(app.controller().graph().nodeView("IP_D_S_LINK_BOND_1/bond0"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.viewModel().topology().selectedProperty().get()).isEqualTo("IP_D_S_LINK_BOND_1/bond0");
        assertThat(facts(robot)).contains("fact.bond.mode=active-backup", "fact.bond.active=enp1s0")
                .anyMatch(f -> f.startsWith("fact.bond.slave=enp1s0"))
                .anyMatch(f -> f.startsWith("fact.bond.slave=enp2s0"));
        assertThat(app.controller().graph().edgeCount()).isEqualTo(2);
    }

    @Test
    void aBridgeCollapsesAndExpandsWithItsVnicsAndVms(FxRobot robot) throws Exception {
        GraphScene s = open(robot, List.of(TestCaptures.path("sosreport-lab")), "lab-kvm-01");
        assertThat(s.layout().nodes()).containsKeys("lab-kvm-01/vnet0", "lab-kvm-01/vnet1", "lab-kvm-01/vm:web1",
                "lab-kvm-01/vm:db1", "lab-kvm-01/vm:build1");
        assertThat(s.layout().edges()).anyMatch(e -> e.from().equals("lab-kvm-01/vnet0") && e.to().equals("lab-kvm-01/vm:web1"));
        int before = app.controller().graph().nodeCount();
        robot.clickOn(app.controller().graph().nodeView("lab-kvm-01/br0"));
        robot.clickOn("#collapseButton");
        GraphScene folded = app.awaitScene(WAIT, x -> !x.layout().nodes().containsKey("lab-kvm-01/vnet0"));
        assertThat(folded.layout().nodes()).doesNotContainKeys("lab-kvm-01/vnet0", "lab-kvm-01/vnet1",
                "lab-kvm-01/vm:web1", "lab-kvm-01/vm:db1").containsKey("lab-kvm-01/br0");
        // its ports below it: the two taps and the veth; and the two VMs left with nothing shown
        assertThat(folded.layout().nodes()).doesNotContainKey("lab-kvm-01/veth1").containsKey("lab-kvm-01/vm:build1");
        assertThat(folded.graph().hidden()).containsEntry(TopologyGraph.deviceId("lab-kvm-01", "br0"), 3);
        assertThat(app.controller().graph().nodeCount()).isEqualTo(before - 5);
        assertThat(app.controller().graph().nodeView("lab-kvm-01/br0").getStyleClass()).contains("collapsed");
        robot.clickOn("#collapseButton");
        GraphScene open = app.awaitScene(WAIT, x -> x.layout().nodes().containsKey("lab-kvm-01/vnet0"));
        assertThat(open.layout().nodes()).containsKeys("lab-kvm-01/vnet1", "lab-kvm-01/vm:web1", "lab-kvm-01/vm:db1");
        assertThat(app.controller().graph().nodeCount()).isEqualTo(before);
    }

    @Test
    void aVmIsInspectedWithItsVnics(FxRobot robot) throws Exception {
        open(robot, List.of(TestCaptures.path("sosreport-lab")), "lab-kvm-01");
        robot.clickOn(app.controller().graph().nodeView("lab-kvm-01/vm:web1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(facts(robot)).contains("fact.vm=web1", "fact.vm.state=running", "fact.vnic.mac=52:54:00:4a:7c:01",
                "fact.vnic.model=virtio", "fact.vnic.pci=0000:01:00.0", "fact.vnic.target=vnet0");
    }

    @Test
    void zoomKeysAndFitWork(FxRobot robot) throws Exception {
        open(robot, List.of(TestCaptures.path("sosreport-lab")), "lab-kvm-01");
        GraphView g = app.controller().graph();
        robot.interact(() -> {
            g.fit();
            g.getScene().getWindow().requestFocus(); // the keys go to the console's window
        });
        double fitted = g.zoomLevel();
        // the pane's own area (its children may reach beyond the clip)
        robot.moveTo(g.localToScreen(g.getWidth() / 2, g.getHeight() - 5)).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(g.isFocused()).as("the graph has the keyboard, not %s", g.getScene().getFocusOwner()).isTrue();
        // a zoom across the detail level may take a long frame: wait (bounded) for each key's effect
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> g.zoomLevel() > fitted);
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> g.zoomLevel() == fitted);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> g.zoomLevel() < fitted);
        assertThat(g.zoomLevel()).isLessThan(fitted);
    }

    @Test
    void theSampleShipsWithTheApplication(FxRobot robot) throws Exception {
        robot.interact(() -> app.viewModel().openSample());
        GraphScene s = app.awaitScene(WAIT, x -> x.graph().graph().hosts().contains("rhev-host-01"));
        assertThat(s.layout().nodes()).containsKeys("rhev-host-01/ovirtmgmt", "rhev-host-01/vnet002");
    }

    @SuppressWarnings("unchecked")
    private static List<String> facts(FxRobot robot) {
        TableView<Fact> t = robot.lookup("#inspector").query();
        return t.getItems().stream().map(f -> f.labelKey() + "=" + f.value()).toList();
    }
}
