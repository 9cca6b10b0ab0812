package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.cli.PatchbayCommand;
import io.patchbay.model.Device;
import io.patchbay.ops.Journal;
import io.patchbay.ops.JournalEntry;
import io.patchbay.ui.macpool.MacPoolManagerDialog;
import io.patchbay.ui.macpool.PoolRow;
import io.patchbay.ui.newvm.NewVmDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the main window no longer builds at start (docs/PERFORMANCE.md, "Where start-up time
 * goes") still opens and works on first use: the Devices and Changes tabs are empty until first
 * selected and then show the real data, Undo of the Changes tab works, and the MAC pool manager
 * and the new-VM dialog open from their menus.
 */
@ExtendWith(ApplicationExtension.class)
class DeferredViewsTest {
    private static final String MAC = "52:54:00:de:fe:01";
    private Path home;
    private ConsoleFixture app;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("patchbay-deferred");
        new Journal(home).append(new JournalEntry("2026-12-01T10:00:00Z", "p1", "gone-host", "qemu:///system", "web1",
                "add", MAC, "add vNIC", "VERIFIED", "done", "<interface type='bridge'/>",
                List.of(new JournalEntry.JournalStep("attachDeviceFlags", 3, "<interface type='bridge'/>"))));
        assertThat(PatchbayCommand.commandLine().execute("--home", home.toString(), "mac", "pool", "add", "deferred",
                "--range", "02:99:00:00:00:00-02:99:00:00:00:ff")).isZero();
        app = new ConsoleFixture(io.patchbay.discovery.ssh.SshSettings.defaults(), home);
        app.start(stage);
    }

    @Test
    void theDevicesTabIsBuiltOnFirstSelectionAndShowsTheSelectedHost(FxRobot robot) throws Exception {
        TabPane centre = robot.lookup("#centerTabs").query();
        Tab devices = centre.getTabs().get(1);
        assertThat(devices.getContent()).isNull();
        assertThat(robot.lookup("#deviceTable").tryQuery()).isEmpty();

        robot.interact(() -> app.viewModel().openSample());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().hosts().hosts().size() == 1
                && app.viewModel().hosts().hosts().get(0).topologyProperty().get() != null);
        robot.interact(() -> app.viewModel().hosts().selectedProperty().set(app.viewModel().hosts().hosts().get(0)));
        robot.interact(() -> centre.getSelectionModel().select(devices));

        TreeTableView<Device> table = robot.lookup("#deviceTable").query();
        assertThat(devices.getContent()).isSameAs(table);
        List<String> names = table.getRoot().getChildren().stream().map(i -> i.getValue().name()).toList();
        assertThat(names).contains("lo", "ovirtmgmt").doesNotContain("eth0"); // eth0 is a port: below its bridge
        TreeItem<Device> bridge = table.getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("ovirtmgmt")).findFirst().orElseThrow();
        assertThat(bridge.getChildren()).extracting(i -> i.getValue().name()).contains("eth0");
        // selecting a row selects the device on the graph and inspects it
        robot.interact(() -> table.getSelectionModel().select(bridge));
        assertThat(app.viewModel().topology().selectedProperty().get()).isEqualTo("rhev-host-01/ovirtmgmt");
        assertThat(robot.lookup("#inspector").queryTableView().getItems().toString()).contains("value=bridge");
    }

    @Test
    void theChangesTabIsBuiltOnFirstSelectionWithTheJournalAndItsUndoWorks(FxRobot robot) throws Exception {
        TabPane bottom = robot.lookup("#bottomTabs").query();
        Tab changes = bottom.getTabs().get(1);
        assertThat(changes.getContent()).isNull();
        // the journal is read at start, so Undo can work before the tab was ever shown
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().changes().changes().size() == 1);

        robot.interact(() -> bottom.getSelectionModel().select(changes));
        TableView<JournalEntry> table = robot.lookup("#changesTable").query();
        assertThat(table.getItems()).extracting(JournalEntry::mac).containsExactly(MAC);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#changeText").queryAs(TextArea.class).getText()).contains(MAC, "gone-host");

        // Undo of a change whose host is not connected says so (a real refusal of the real undo)
        robot.interact(() -> robot.lookup("#undoButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().journal().entries().stream()
                .anyMatch(e -> e.text().contains("gone-host") && e.text().contains("not connected")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> p.getContentText() != null && p.getContentText().contains("gone-host")));
        robot.interact(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).forEach(p -> p.getScene().getWindow().hide()));
    }

    @Test
    void theMacPoolManagerOpensOnFirstUseWithThePoolsOfTheHome(FxRobot robot) throws Exception {
        ConsoleFixture.openFromMenu(robot, "macPoolsMenu", MacPoolManagerDialog.DIALOG_ID);
        TableView<PoolRow> pools = robot.lookup("#macPoolTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pools.getItems().isEmpty());
        assertThat(pools.getItems()).extracting(PoolRow::name, PoolRow::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("deferred", 256L));
        close(robot, MacPoolManagerDialog.DIALOG_ID, ButtonType.CLOSE);
    }

    @Test
    void theNewVmDialogOpensOnFirstUse(FxRobot robot) throws Exception {
        ConsoleFixture.openFromMenu(robot, "newVmMenu", NewVmDialog.DIALOG_ID);
        ChoiceBox<?> hosts = robot.lookup("#newVmHost").query();
        assertThat(hosts.getItems()).isEmpty(); // no libvirt host is connected
        Node create = robot.lookup("#" + NewVmDialog.CREATE_ID).query();
        assertThat(create.isDisabled()).isTrue();
        DialogPane pane = robot.lookup("#" + NewVmDialog.DIALOG_ID).query();
        Button close = (Button) pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonType.CANCEL.getButtonData()).map(pane::lookupButton)
                .findFirst().orElseThrow();
        robot.interact(close::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + NewVmDialog.DIALOG_ID).tryQuery().isEmpty());
    }

    private static void close(FxRobot robot, String dialogId, ButtonType type) throws Exception {
        DialogPane pane = robot.lookup("#" + dialogId).query();
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + dialogId).tryQuery().isEmpty());
    }
}
