package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.LibvirtDomainDevices;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VlanRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.VnicService;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.PreviewDialog;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.vlan.VlanDialog;
import io.patchbay.ui.vnic.CreateVnicDialog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.w3c.dom.Element;

/**
 * VLANs in the real console against the lab's libvirtd and Open vSwitch: pbguest1 dragged onto
 * pbovs0 gets a vNIC (MAC 52:54:00:a6:00:41) with VLAN 100 from the create dialog, and the edge
 * shows 100; pbguest4's tag (100 on pbovs0) is changed to 101 with the VLAN… action and back with
 * the V key. Witnesses: {@code ovs-vsctl get port TAP tag} and {@code virsh dumpxml}. After each
 * test the added vNIC is removed and pbguest4's tag is 100 again, live and persistent.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class VlanConsoleLabTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Lab LAB = Lab.load();
    private static final String HOST = "lab-libvirt";
    private static final String GUEST = "pbguest1";
    private static final String ADDED_MAC = "52:54:00:a6:00:41";
    private final ResourceBundle strings = Fxml.strings();
    @TempDir
    Path home;
    private ConsoleFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ConsoleFixture.closeOtherWindows(stage);
        app = new ConsoleFixture(SshSettings.defaults(), home);
        app.start(stage);
    }

    @AfterEach
    void putTheLabBack(FxRobot robot) throws Exception {
        robot.interact(() -> ConsoleFixture.closeOtherWindows(stage));
        try {
            run(new VnicIntent.Remove(GUEST, ADDED_MAC, ScopeRequest.DEFAULT, Planner.DEFAULT_WAIT));
        } catch (PatchbayException e) {
            if (e.reason() != PatchbayException.Reason.NOT_FOUND) {
                throw e;
            }
        }
        VlanRequest lab = VlanRequest.access(LAB.ovsTag());
        if (!lab.equals(DeviceXml.vlanOf(iface(LAB.ovsGuest(), LAB.ovsMac(), false)))
                || !lab.equals(DeviceXml.vlanOf(iface(LAB.ovsGuest(), LAB.ovsMac(), true)))) {
            run(new VnicIntent.Vlan(LAB.ovsGuest(), LAB.ovsMac(), lab, ScopeRequest.DEFAULT));
        }
    }

    // the witnesses

    private static Outcome run(VnicIntent intent) throws PatchbayException {
        try (LibvirtDomainDevices d = new LibvirtDomainDevices(LAB.libvirtUri(), null)) {
            VnicService s = new VnicService(d, HOST, List.of(), null, null, null, null);
            Outcome o = s.apply(s.plan(intent, false));
            assertThat(o.ok()).as(o.message()).isTrue();
            return o;
        }
    }

    /** The VM's interface with {@code mac}, live or persistent ({@code virsh dumpxml [--inactive]}), or null. */
    private static Element iface(String vm, String mac, boolean persistent) {
        List<String> cmd = new java.util.ArrayList<>(List.of("virsh", "-c", LAB.libvirtUri(), "dumpxml", vm));
        if (persistent) {
            cmd.add("--inactive");
        }
        String xml = String.join("\n", Lab.runCommand(Duration.ofSeconds(10), cmd.toArray(String[]::new)));
        return DeviceXml.interfaceByMac(DeviceXml.parse(xml, vm), mac);
    }

    private static String ovsTag(String port) {
        return String.join("", Lab.runCommand(Duration.ofSeconds(10), "ovs-vsctl", "get", "port", port, "tag")).strip();
    }

    // the console

    private void addLabHost(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest(HOST, null, LAB.libvirtUri(), null)));
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
    }

    private Node node(String id) {
        return app.controller().graph().nodeView(id);
    }

    private DialogPane await(FxRobot robot, String id) throws Exception {
        return ConsoleGestures.await(robot, app, id, WAIT);
    }

    /** Applies the previewed plan and waits until the change and the host's re-read are over. */
    private void apply(FxRobot robot) throws Exception {
        DialogPane preview = await(robot, PreviewDialog.DIALOG_ID);
        robot.interact(robot.from(preview).lookup("#" + PreviewDialog.APPLY_ID).queryButton()::fire);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.IDLE);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().topology().pending().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the graph's edge between the two nodes carries {@code label}. */
    private void awaitEdgeLabel(String a, String b, String label) throws Exception {
        app.awaitScene(WAIT, s -> s.graph().subjects().containsKey(a));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> {
            String[] now = new String[1];
            WaitForAsyncUtils.asyncFx(() -> now[0] = app.controller().graph().edgeVlanLabel(a, b)).get();
            return label.equals(now[0]);
        });
    }

    private static void ok(FxRobot robot, DialogPane d) {
        robot.interact(((Button) d.lookupButton(ButtonType.OK))::fire);
    }

    @Test
    void aVmDroppedOnTheOvsBridgeWithVlan100GetsATaggedPortAndTheEdgeShows100(FxRobot robot) throws Exception {
        addLabHost(robot);
        app.awaitScene(WAIT, x -> x.graph().subjects().containsKey(HOST + "/vm:" + GUEST)
                && x.graph().subjects().containsKey(HOST + "/pbovs0"));
        robot.interact(() -> app.controller().graph().fit()); // the VM and the OVS bridge both in view
        assertThat(ConsoleGestures.dragOver(robot, app, HOST + "/vm:" + GUEST, HOST + "/pbovs0").getText())
                .contains(GUEST).contains("pbovs0");
        robot.drop();

        DialogPane d = await(robot, CreateVnicDialog.DIALOG_ID);
        assertThat(robot.from(d).lookup("#vnicVlanBox").query().isVisible()).as("VLAN fields on an OVS bridge").isTrue();
        Button okButton = (Button) d.lookupButton(ButtonType.OK);
        robot.interact(() -> {
            robot.from(d).lookup("#vnicTypedChoice").queryAs(RadioButton.class).setSelected(true);
            robot.from(d).lookup("#vnicMac").queryAs(TextField.class).setText(ADDED_MAC);
            robot.from(d).lookup("#vlanAccessChoice").queryAs(RadioButton.class).setSelected(true);
        });
        assertThat(okButton.isDisabled()).as("an access port needs its tag").isTrue();
        robot.clickOn(robot.from(d).lookup("#vlanTag").queryAs(TextField.class)).write("100");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(okButton.isDisabled()).isFalse();
        ok(robot, d);

        DialogPane preview = await(robot, PreviewDialog.DIALOG_ID);
        assertThat(robot.from(preview).lookup("#previewXml").queryAs(TextArea.class).getText())
                .contains("pbovs0").contains("<tag id=\"100\"").contains("openvswitch");
        apply(robot);

        Element live = iface(GUEST, ADDED_MAC, false);
        assertThat(live).as("the vNIC is in the live XML").isNotNull();
        assertThat(DeviceXml.vlanOf(live)).isEqualTo(VlanRequest.access(100));
        String tap = DeviceXml.targetOf(live);
        assertThat(ovsTag(tap)).isEqualTo("100");
        awaitEdgeLabel(HOST + "/" + tap, HOST + "/pbovs0", "100");
    }

    @Test
    void theVlanActionChangesTheTagOfPbguest4AndTheKeyVChangesItBack(FxRobot robot) throws Exception {
        String tap = DeviceXml.targetOf(iface(LAB.ovsGuest(), LAB.ovsMac(), false));
        assertThat(ovsTag(tap)).isEqualTo(String.valueOf(LAB.ovsTag()));
        addLabHost(robot);
        GraphScene s = app.awaitScene(WAIT, x -> VnicRef.nodeOf(x.graph().subjects(), HOST, LAB.ovsGuest(), LAB.ovsMac()) != null);
        String tapNode = VnicRef.nodeOf(s.graph().subjects(), HOST, LAB.ovsGuest(), LAB.ovsMac());
        assertThat(tapNode).isEqualTo(HOST + "/" + tap);
        awaitEdgeLabel(tapNode, HOST + "/pbovs0", String.valueOf(LAB.ovsTag()));

        // the context menu's VLAN… action
        robot.interact(() -> app.controller().graph().centreOn(tapNode));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(tapNode), MouseButton.SECONDARY);
        robot.clickOn(strings.getString("action.vlan"));
        DialogPane d = await(robot, VlanDialog.DIALOG_ID);
        TextField tag = robot.from(d).lookup("#vlanTag").queryAs(TextField.class);
        assertThat(tag.getText()).as("prefilled from the port").isEqualTo(String.valueOf(LAB.ovsTag()));
        assertThat(robot.from(d).lookup("#vlanAccessChoice").queryAs(RadioButton.class).isSelected()).isTrue();
        Button okButton = (Button) d.lookupButton(ButtonType.OK);
        assertThat(okButton.isDisabled()).as("nothing changed yet").isTrue();
        robot.interact(() -> tag.setText("101"));
        ok(robot, d);
        apply(robot);
        assertThat(ovsTag(tap)).isEqualTo("101");
        assertThat(DeviceXml.targetOf(iface(LAB.ovsGuest(), LAB.ovsMac(), false))).as("the guest kept its NIC").isEqualTo(tap);
        assertThat(DeviceXml.vlanOf(iface(LAB.ovsGuest(), LAB.ovsMac(), true))).isEqualTo(VlanRequest.access(101));
        awaitEdgeLabel(tapNode, HOST + "/pbovs0", "101");

        // the V key on the selected tap
        robot.interact(() -> {
            app.viewModel().topology().selectedProperty().set(tapNode);
            app.controller().graph().requestFocus();
        });
        robot.type(KeyCode.V);
        DialogPane again = await(robot, VlanDialog.DIALOG_ID);
        TextField tag2 = robot.from(again).lookup("#vlanTag").queryAs(TextField.class);
        assertThat(tag2.getText()).isEqualTo("101");
        robot.interact(() -> tag2.setText(String.valueOf(LAB.ovsTag())));
        ok(robot, again);
        apply(robot);
        assertThat(ovsTag(tap)).isEqualTo(String.valueOf(LAB.ovsTag()));
        awaitEdgeLabel(tapNode, HOST + "/pbovs0", String.valueOf(LAB.ovsTag()));
    }
}
