package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Vnic;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.PreviewDialog;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard only, against the lab's libvirtd: search pbguest1's MAC (its tap and the VM match), step
 * to the second hit, walk to the vNIC's bridge with the arrow keys and back, open the move preview
 * from the node's menu, cancel. Nothing changes (witness: the vNIC's line of {@code virsh domiflist}).
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class KeyboardLabTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Lab LAB = Lab.load();
    private static final String HOST = "lab-libvirt";
    private static final String GUEST = "pbguest1";
    @TempDir
    Path home;
    private ConsoleFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ConsoleFixture.closeOtherWindows(stage);
        app = new ConsoleFixture(SshSettings.defaults(), home);
        app.start(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> ConsoleFixture.closeOtherWindows(stage));
    }

    private String selected() {
        return app.viewModel().topology().selectedProperty().get();
    }

    private String said(FxRobot robot) {
        return robot.lookup("#searchResult").queryLabeled().getText();
    }

    private void press(FxRobot robot, Callable<Boolean> done, KeyCode... keys) throws Exception {
        robot.push(keys);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, done);
    }

    /** The line of {@code virsh domiflist} for the vNIC with {@code mac} (tap, type, source, model, MAC). */
    private static String domiflistLine(String mac) {
        return Lab.runCommand(Duration.ofSeconds(10), "virsh", "-c", LAB.libvirtUri(), "domiflist", GUEST).stream()
                .filter(l -> l.contains(mac)).findFirst().orElse("");
    }

    @Test
    void searchAMacStepToTheSecondHitWalkToItsBridgeOpenTheMovePreviewAndCancel(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest(HOST, null, LAB.libvirtUri(), null)));
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        // a vNIC of the guest that is on a bridge and drawn as its tap
        GraphScene s = app.awaitScene(WAIT, x -> x.graph().subjects().get(HOST + "/vm:" + GUEST) instanceof GraphSubject.OfVm v
                && v.vm().vnics().stream().anyMatch(n -> n.mac() != null && "bridge".equals(n.type())
                && VnicRef.nodeOf(x.graph().subjects(), HOST, GUEST, n.mac()) != null));
        GraphSubject.OfVm guest = (GraphSubject.OfVm) s.graph().subjects().get(HOST + "/vm:" + GUEST);
        Vnic vnic = guest.vm().vnics().stream().filter(n -> n.mac() != null && "bridge".equals(n.type())
                && VnicRef.nodeOf(s.graph().subjects(), HOST, GUEST, n.mac()) != null).findFirst().orElseThrow();
        String mac = vnic.mac();
        String tapNode = VnicRef.nodeOf(s.graph().subjects(), HOST, GUEST, mac);
        GraphView g = app.controller().graph();

        // Ctrl+F, the MAC, Enter: the tap (the richest) first, then the VM
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> stage.requestFocus());
        press(robot, field::isFocused, KeyCode.CONTROL, KeyCode.F);
        robot.write(mac);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().equals(mac));
        press(robot, () -> "1 of 2".equals(said(robot)), KeyCode.ENTER);
        assertThat(selected()).isEqualTo(tapNode);
        press(robot, () -> "2 of 2".equals(said(robot)), KeyCode.F3);
        assertThat(selected()).isEqualTo(HOST + "/vm:" + GUEST);

        // Tab to the graph; up from the VM to one of its taps, up again to that tap's bridge, back down
        press(robot, g::isFocused, KeyCode.TAB);
        press(robot, () -> VnicRef.of(subjects(), selected()).isPresent(), KeyCode.UP);
        VnicRef walked = VnicRef.of(subjects(), selected()).orElseThrow();
        assertThat(walked.vm().name()).isEqualTo(GUEST);
        String tap = selected();
        // the witness: that vNIC's line of virsh domiflist (other tests add and remove vNICs of the shared guest meanwhile)
        String before = domiflistLine(walked.mac());
        assertThat(before).contains(walked.bridge());
        press(robot, () -> (HOST + "/" + walked.bridge()).equals(selected()), KeyCode.UP);
        assertThat(g.getAccessibleText()).startsWith("bridge " + walked.bridge());
        press(robot, () -> tap.equals(selected()), KeyCode.DOWN);

        // the node's menu from the keyboard: Move to > the first other bridge > the preview
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionMoveTo").tryQuery().isPresent());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        DialogPane preview = awaitPreview(robot);
        assertThat(robot.from(preview).lookup("#previewXml").queryAs(TextArea.class).getText()).contains(walked.mac());
        assertThat(app.viewModel().change().phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.PREVIEW);
        // Escape is the dialog's Cancel
        javafx.stage.Window dialog = preview.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.IDLE);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(domiflistLine(walked.mac())).as("a cancelled preview changes nothing").isEqualTo(before);
    }

    private java.util.Map<String, GraphSubject> subjects() {
        return app.viewModel().topology().sceneProperty().get().graph().subjects();
    }

    private static DialogPane awaitPreview(FxRobot robot) throws Exception {
        Callable<java.util.Optional<DialogPane>> showing = () -> robot.lookup("#" + PreviewDialog.DIALOG_ID)
                .match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .tryQuery();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> showing.call().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return showing.call().orElseThrow();
    }
}
