package io.patchbay.ui.vnic;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtSource;
import io.patchbay.model.HostTopology;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.testsupport.Lab;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The create-vNIC dialog over the lab's real libvirtd: the prefill is built from the topology the
 * console reads (pbguest2 and its bridges), a MAC that pbguest2 really carries is refused with
 * where it is used, a malformed one with its sentence; a good typed MAC and a pool give the intent.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class CreateVnicDialogLabTest {
    private static final Lab LAB = Lab.load();
    private static final String GUEST = "pbguest2";
    private static HostTopology host;
    private static String guestMac;
    private Stage stage;

    @BeforeAll
    static void readTheLab() throws Exception {
        try (LibvirtConnection conn = LibvirtConnection.open(LAB.libvirtUri());
             LibvirtSource src = new LibvirtSource("lab", conn, false, null)) {
            host = src.refresh();
        }
        // pbguest2's first MAC as virsh prints it: the dialog must find it in use
        guestMac = Lab.runCommand(Duration.ofSeconds(10), "virsh", "-c", LAB.libvirtUri(), "domiflist", GUEST).stream()
                .map(String::trim).filter(l -> l.matches("\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+([0-9a-f]{2}:){5}[0-9a-f]{2}"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).findFirst().orElseThrow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private CreateVnicPrefill prefill() {
        return CreateVnicPrefills.forVm(host, GUEST, LAB.bridges().get(1), List.of(host), null);
    }

    /** Opens the dialog (its showAndWait runs a nested loop on the FX thread) and waits for it. */
    private AtomicReference<Optional<VnicIntent.Add>> open(FxRobot robot, CreateVnicPrefill p, CountDownLatch closed)
            throws Exception {
        AtomicReference<Optional<VnicIntent.Add>> result = new AtomicReference<>();
        Platform.runLater(() -> {
            result.set(CreateVnicDialog.show(stage, p));
            closed.countDown();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + CreateVnicDialog.DIALOG_ID).tryQuery()
                        .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static Node ok(FxRobot robot) {
        DialogPane pane = robot.lookup("#" + CreateVnicDialog.DIALOG_ID).query();
        return pane.lookupButton(ButtonType.OK);
    }

    private static void type(FxRobot robot, String text) {
        TextField f = robot.lookup("#vnicMac").query();
        robot.interact(() -> f.setText(""));
        robot.clickOn(f).write(text);
    }

    @Test
    void aMalformedMacAndAMacInUseAreRefusedAndAGoodTypedMacGivesTheIntent(FxRobot robot) throws Exception {
        assertThat(host.vms()).anyMatch(v -> v.name().equals(GUEST));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Optional<VnicIntent.Add>> result = open(robot, prefill(), closed);
        Label problem = robot.lookup("#vnicProblem").query();
        assertThat(ok(robot).isDisabled()).isFalse(); // from the default pool, on the prefilled bridge

        robot.clickOn("#vnicTypedChoice");
        type(robot, "52:54:00:d1:0g:01");
        assertThat(ok(robot).isDisabled()).isTrue();
        assertThat(problem.getText()).isEqualTo("'52:54:00:d1:0g:01' is not a MAC address: expected six hex octets"
                + " separated by colons, like 52:54:00:12:34:56.");

        type(robot, "01:00:5e:d1:00:01");
        assertThat(ok(robot).isDisabled()).isTrue();
        assertThat(problem.getText()).startsWith("MAC 01:00:5e:d1:00:01 is a multicast address");

        type(robot, guestMac.toUpperCase(java.util.Locale.ROOT));
        assertThat(ok(robot).isDisabled()).isTrue();
        assertThat(problem.getText()).isEqualTo("MAC " + guestMac + " is already used by VM " + GUEST + " on host lab.");

        type(robot, "52:54:00:d1:00:42");
        assertThat(problem.getText()).isEmpty();
        assertThat(ok(robot).isDisabled()).isFalse();
        robot.clickOn(ok(robot));
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(result.get()).contains(new VnicIntent.Add(GUEST, "bridge", LAB.bridges().get(1), "52:54:00:d1:00:42",
                null, "virtio", new ScopeRequest(true, true)));
    }

    @Test
    void aPoolChoiceGivesThePoolAndNoMacAndCancelGivesNothing(FxRobot robot) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Optional<VnicIntent.Add>> result = open(robot, prefill(), closed);
        robot.clickOn("#vnicModel").clickOn("e1000e");
        robot.clickOn("#vnicConfig"); // live only
        robot.clickOn(ok(robot));
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(result.get()).contains(new VnicIntent.Add(GUEST, "bridge", LAB.bridges().get(1), null, "default",
                "e1000e", new ScopeRequest(true, false)));

        CountDownLatch closed2 = new CountDownLatch(1);
        AtomicReference<Optional<VnicIntent.Add>> cancelled = open(robot, prefill(), closed2);
        DialogPane pane = robot.lookup("#" + CreateVnicDialog.DIALOG_ID).query();
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        assertThat(closed2.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelled.get()).isEmpty();
    }
}
