package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.Device;
import io.patchbay.ui.hosts.HostEntry;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: it shows this computer's devices and the inspector shows a device's facts. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;
    /** The real console, but never the user's own console home (its remembered hosts, its settings). */
    private final PatchbayApp app = new PatchbayApp() {
        @Override
        protected java.nio.file.Path consoleHome() {
            return home;
        }
    };

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Test
    void showsThisComputerAndInspectsLoopback(FxRobot robot) throws Exception {
        ListView<HostEntry> hosts = robot.lookup("#hostList").queryListView();
        assertThat(hosts.getItems()).hasSize(1);
        assertThat(hosts.getItems().get(0).label()).isEqualTo("This computer");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> hosts.getItems().get(0).statusProperty().get() == HostEntry.Status.READY);
        TabPane centre = robot.lookup("#centerTabs").query();
        robot.interact(() -> centre.getSelectionModel().select(1)); // the Devices tab is built on first selection
        TreeTableView<Device> table = robot.lookup("#deviceTable").query();
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<Device> lo = table.getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("lo")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(lo));
        TableView<?> inspector = robot.lookup("#inspector").queryTableView();
        assertThat(inspector.getItems().toString()).contains("fact.kind, value=loopback");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).containsPattern("\\d+ devices, \\d+ VMs, read at");
    }
}
