package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.cli.PatchbayCommand;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.layout.GraphSubject;
import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.LibvirtDomainDevices;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.VnicService;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.PreviewDialog;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.inspector.Fact;
import io.patchbay.ui.inspector.SubjectFacts;
import io.patchbay.ui.notify.Notifications;
import io.patchbay.ui.topology.GraphGestures;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.vnic.CreateVnicDialog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
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
 * The change flow in the real console against the lab's libvirtd: drag pbguest1's vNIC (one this
 * test adds, MACs 52:54:00:a6:00:xx) onto pbbr1 and back by undo, a refused drop on another host,
 * a cancelled and an applied create (pool 52:54:00:a6:10:00-0f), link down and copy MAC from the
 * context menu. Witnesses: {@code bridge -j link}, {@code virsh dumpxml}, the guest's serial log.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class ChangeFlowLabTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Lab LAB = Lab.load();
    private static final String HOST = "lab-libvirt";
    private static final String GUEST = "pbguest1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ResourceBundle strings = Fxml.strings();
    @TempDir
    Path home;
    private ConsoleFixture app;
    private final java.util.List<String> made = new java.util.ArrayList<>();

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ConsoleFixture.closeOtherWindows(stage); // a dialog another test left open would take the drags and clicks
        app = new ConsoleFixture(SshSettings.defaults(), home);
        app.start(stage);
    }

    @AfterEach
    void removeWhatWeMade(FxRobot robot) throws Exception {
        robot.interact(() -> ConsoleFixture.closeOtherWindows(stage));
        for (String mac : made) {
            removeVnic(mac);
        }
    }

    // the witnesses

    private static String masterOf(String tap) throws Exception {
        JsonNode links = JSON.readTree(String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "bridge", "-j", "link")));
        for (JsonNode l : links) {
            if (tap.equals(l.path("ifname").asText())) {
                return l.path("master").asText(null);
            }
        }
        return null;
    }

    /** The guest's live interface with {@code mac} (virsh dumpxml), or null. */
    private static String liveInterface(String mac) {
        String xml = String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "virsh", "-c", LAB.libvirtUri(), "dumpxml", GUEST));
        Element e = DeviceXml.interfaceByMac(DeviceXml.parse(xml, "pbguest1"), mac);
        return e == null ? null : DeviceXml.write(e);
    }

    private static String tapOf(String mac) {
        String xml = liveInterface(mac);
        return xml == null ? null : DeviceXml.targetOf(DeviceXml.parseInterface(xml));
    }

    // vNICs made outside the console (the CLI's service)

    private static Outcome run(VnicIntent intent) throws PatchbayException {
        try (LibvirtDomainDevices d = new LibvirtDomainDevices(LAB.libvirtUri(), null)) {
            VnicService s = new VnicService(d, HOST, List.of(), null, null, null, null);
            return s.apply(s.plan(intent, false));
        }
    }

    private String addVnic(String mac, String bridge) throws Exception {
        removeVnic(mac); // a run that died left it
        Outcome o = run(new VnicIntent.Add(GUEST, "bridge", bridge, mac, null, "virtio", ScopeRequest.DEFAULT));
        assertThat(o.ok()).as(o.message()).isTrue();
        made.add(mac);
        return o.tap();
    }

    private static void removeVnic(String mac) throws Exception {
        try {
            run(new VnicIntent.Remove(GUEST, mac, ScopeRequest.DEFAULT, Planner.DEFAULT_WAIT));
        } catch (PatchbayException e) {
            if (e.reason() != PatchbayException.Reason.NOT_FOUND) {
                throw e;
            }
        }
    }

    // the console

    private void addLabHost(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest(HOST, null, LAB.libvirtUri(), null)));
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
    }

    private String awaitVnicNode(String mac) throws Exception {
        GraphScene s = app.awaitScene(WAIT, x -> VnicRef.nodeOf(x.graph().subjects(), HOST, GUEST, mac) != null);
        return VnicRef.nodeOf(s.graph().subjects(), HOST, GUEST, mac);
    }

    private Label dragOver(FxRobot robot, String from, String to) throws Exception {
        return ConsoleGestures.dragOver(robot, app, from, to);
    }

    private Node node(String id) {
        return app.controller().graph().nodeView(id);
    }

    /**
     * Right-clicks {@code nodeId} and chooses the context menu item {@code key}, then waits until
     * {@code done} holds. Under heavy load the click can land while the graph is being redrawn after
     * the previous change (the menu closes, or it is another node's); the gesture is then tried
     * again, at most three times in all.
     */
    private void contextAction(FxRobot robot, String nodeId, String key, java.util.concurrent.Callable<Boolean> done)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            // the re-read after the previous change may have moved the node out of view: bring it back, as an admin would
            robot.interact(() -> app.controller().graph().centreOn(nodeId));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(node(nodeId), MouseButton.SECONDARY);
            WaitForAsyncUtils.waitForFxEvents();
            if (robot.lookup(strings.getString(key)).tryQuery().isEmpty()) {
                if (attempt == 3) {
                    throw new AssertionError("the context menu of " + nodeId + " showed no " + key + " three times");
                }
                robot.type(javafx.scene.input.KeyCode.ESCAPE); // the click opened no menu or another node's
                continue;
            }
            robot.clickOn(strings.getString(key));
            try {
                WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, done);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw new AssertionError("choosing " + key + " on " + nodeId + " had no effect three times", e);
                }
                robot.type(javafx.scene.input.KeyCode.ESCAPE);
            }
        }
    }

    /** Chooses the context menu item {@code key} of {@code nodeId} and waits for the dialog {@code dialogId}. */
    private DialogPane contextActionOpening(FxRobot robot, String nodeId, String key, String dialogId) throws Exception {
        contextAction(robot, nodeId, key, () -> showing(robot, dialogId).isPresent());
        return showing(robot, dialogId).orElseThrow();
    }

    private DialogPane await(FxRobot robot, String id) throws Exception {
        return ConsoleGestures.await(robot, app, id, WAIT);
    }

    private static java.util.Optional<DialogPane> showing(FxRobot robot, String id) {
        return ConsoleGestures.showing(robot, id);
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void apply(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(await(robot, PreviewDialog.DIALOG_ID)).lookup("#" + PreviewDialog.APPLY_ID).queryButton());
        awaitIdle();
    }

    /** The fact {@code key} in the inspector's section of the vNIC with {@code mac} (its libvirt part and its tap's), or null. */
    private static String vnicFact(TableView<Fact> inspector, String mac, String key) {
        List<Fact> facts = List.copyOf(inspector.getItems());
        int at = facts.indexOf(Fact.section(SubjectFacts.VNIC_SECTION, mac, SubjectFacts.FROM_LIBVIRT));
        for (int i = at + 1; at >= 0 && i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.section() && f.labelKey().equals(SubjectFacts.VNIC_SECTION)) {
                break;
            }
            if (f.labelKey().equals(key)) {
                return f.value();
            }
        }
        return null;
    }

    /** Waits for the success note with {@code text} over the graph. */
    private static void awaitNotification(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> robot.lookup("#" + Notifications.ID)
                .queryAllAs(Label.class).stream().anyMatch(l -> text.equals(l.getText())));
    }

    private static void awaitMaster(String tap, String bridge) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> bridge.equals(masterOf(tap)));
    }

    /** Waits until the graph shows the tap as a port of {@code bridge} and nothing is pending. */
    private void awaitOnGraph(String tapNode, String bridge) throws Exception {
        app.awaitScene(WAIT, x -> x.layout().edges().stream().anyMatch(
                e -> e.kind().equals("port") && (e.from() + " " + e.to()).equals(HOST + "/" + bridge + " " + tapNode)));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().topology().pending().isEmpty());
    }

    @Test
    void draggingTheVnicOntoPbbr1MovesTheTapAndUndoMovesItBack(FxRobot robot) throws Exception {
        String mac = "52:54:00:a6:00:01";
        String tap = addVnic(mac, "pbbr0");
        addLabHost(robot);
        String tapNode = awaitVnicNode(mac);
        String liveBefore = liveInterface(mac);

        Label hint = dragOver(robot, tapNode, HOST + "/pbbr1");
        assertThat(hint.getText()).contains(mac).contains("pbbr0").contains("pbbr1");
        assertThat(node(HOST + "/pbbr1").getStyleClass()).contains(GraphGestures.ACCEPT);
        robot.drop();

        DialogPane preview = await(robot, PreviewDialog.DIALOG_ID);
        TextArea xml = robot.from(preview).lookup("#previewXml").query();
        assertThat(xml.getText()).contains("pbbr1").contains(mac);
        // pretty-printed: one element a line, indented
        assertThat(xml.getText().lines()).first().asString().startsWith("<interface");
        assertThat(xml.getText().lines()).anySatisfy(l -> assertThat(l).startsWith("  <source bridge=\"pbbr1\""));
        assertThat(robot.from(preview).lookup("#previewSteps").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(2); // live, then config
        assertThat(app.viewModel().topology().pending()).containsExactly(tapNode);
        assertThat(app.viewModel().topology().highlighted()).contains(HOST + "/vm:" + GUEST, HOST + "/pbbr0", HOST + "/pbbr1");
        assertThat(liveInterface(mac)).isEqualTo(liveBefore); // a preview changes nothing
        // the admin reads the VM in the inspector while the change is applied (no click after it)
        String vmNode = HOST + "/vm:" + GUEST;
        robot.interact(() -> app.viewModel().topology().selectedProperty().set(vmNode));
        TableView<Fact> inspector = robot.lookup("#inspector").query();
        assertThat(vnicFact(inspector, mac, "fact.vnic.source")).as("inspector before the move").isEqualTo("bridge pbbr0");
        assertThat(vnicFact(inspector, mac, "fact.master")).as("the tap's kernel facts, in the VM's vNIC section")
                .isEqualTo("pbbr0");
        robot.clickOn(robot.from(await(robot, PreviewDialog.DIALOG_ID)).lookup("#" + PreviewDialog.APPLY_ID).queryButton());
        String moved = "Moved " + tap + " of " + GUEST + " to pbbr1 \u2014 verified";
        awaitNotification(robot, moved);

        awaitMaster(tap, "pbbr1");
        awaitOnGraph(tapNode, "pbbr1");
        assertThat(liveInterface(mac)).contains("pbbr1");
        assertThat(app.viewModel().topology().selectedProperty().get()).isEqualTo(vmNode);
        // the VM stays selected: its vNIC's section shows the new bridge, libvirt's and the kernel's view, without a click
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> "bridge pbbr1".equals(vnicFact(inspector, mac, "fact.vnic.source"))
                        && "pbbr1".equals(vnicFact(inspector, mac, "fact.master")));
        // the status bar says it too, also after the host's re-read
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith(moved);

        // undo from the changes list: the reverse move, through the same preview
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().changes().lastUndoable() != null
                && mac.equals(app.viewModel().changes().lastUndoable().mac()));
        TabPane tabs = robot.lookup("#bottomTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#undoButton");
        DialogPane undo = await(robot, PreviewDialog.DIALOG_ID);
        assertThat(robot.from(undo).lookup("#previewXml").queryAs(TextArea.class).getText()).contains("pbbr0");
        assertThat(app.viewModel().change().phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.PREVIEW);
        robot.clickOn(robot.from(undo).lookup("#" + PreviewDialog.APPLY_ID).queryButton());
        awaitNotification(robot, "Undone: " + tap + " of " + GUEST + " is back on pbbr0 \u2014 verified");
        awaitMaster(tap, "pbbr0");
        awaitOnGraph(tapNode, "pbbr0");
        assertThat(app.viewModel().topology().selectedProperty().get()).isEqualTo(vmNode);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> "bridge pbbr0".equals(vnicFact(inspector, mac, "fact.vnic.source"))
                        && "pbbr0".equals(vnicFact(inspector, mac, "fact.master")));
        List<String> lines = Files.readAllLines(home.resolve("journal.jsonl"));
        assertThat(lines).hasSize(2).allMatch(l -> l.contains("\"result\":\"VERIFIED\"") && l.contains(mac));
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(first.has("undoOf")).isFalse();
        assertThat(second.get("undoOf").asText()).isEqualTo(first.get("planId").asText());
        // the Changes tab lists the undo as the undo of the move
        TableView<io.patchbay.ops.JournalEntry> changes = robot.lookup("#changesTable").query();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> changes.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(changes).lookup(".table-row-cell").queryAll().stream()
                .map(r -> ((javafx.scene.control.TableRow<?>) r))
                .filter(r -> r.getIndex() == 1 && r.getItem() != null)
                .flatMap(r -> r.getChildrenUnmodifiable().stream())
                .filter(c -> c instanceof javafx.scene.control.TableCell<?, ?>)
                .map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText()))
                .contains("undo of move");
    }

    @Test
    void aDropOnAnotherHostsBridgeIsRefusedWithTheReasonAndChangesNothing(FxRobot robot) throws Exception {
        String mac = "52:54:00:a6:00:02";
        String tap = addVnic(mac, "pbbr0");
        addLabHost(robot);
        robot.interact(() -> app.viewModel().openSample());
        app.awaitScene(WAIT, x -> x.graph().graph().hosts().size() == 2);
        robot.interact(() -> app.controller().graph().fit());
        String tapNode = awaitVnicNode(mac);
        String liveBefore = liveInterface(mac);
        String other = "rhev-host-01/ovirtmgmt";
        assertThat(node(other)).isNotNull();

        Label hint = dragOver(robot, tapNode, other);
        assertThat(hint.getText()).isEqualTo("\u2717 " + String.format(strings.getString("drop.otherHost"),
                "ovirtmgmt", "rhev-host-01", HOST));
        assertThat(node(other).getStyleClass()).contains(GraphGestures.REFUSE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing(robot, PreviewDialog.DIALOG_ID)).isEmpty();
        assertThat(app.viewModel().change().phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
        assertThat(node(other).getStyleClass()).doesNotContain(GraphGestures.REFUSE);
        assertThat(masterOf(tap)).isEqualTo("pbbr0");
        assertThat(liveInterface(mac)).isEqualTo(liveBefore);
        assertThat(app.viewModel().topology().pending()).isEmpty();
    }

    @Test
    void escapeCancelsADragInProgress(FxRobot robot) throws Exception {
        String mac = "52:54:00:a6:00:03";
        String tap = addVnic(mac, "pbbr0");
        addLabHost(robot);
        String tapNode = awaitVnicNode(mac);
        dragOver(robot, tapNode, HOST + "/pbbr1");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, PreviewDialog.DIALOG_ID)).isEmpty();
        assertThat(app.viewModel().change().phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
        assertThat(masterOf(tap)).isEqualTo("pbbr0");
    }

    private int cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter err = new StringWriter();
        int code = PatchbayCommand.commandLine().setErr(new PrintWriter(err)).execute(all);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    /** Whether pool pbact of the pools file holds {@code mac} (allocated or reserved pending). */
    private static boolean poolHolds(Path home, String mac) throws Exception {
        JsonNode pools = JSON.readTree(home.resolve("mac-pools.json").toFile()).path("pools");
        for (JsonNode p : pools) {
            if ("pbact".equals(p.path("name").asText())) {
                return (p.path("allocations").toString() + p.path("pending")).contains(mac);
            }
        }
        throw new AssertionError("no pool pbact in " + pools);
    }

    /** Drags pbguest1 onto pbbr0 and fills the create dialog: a MAC from pool pbact. */
    private void dragGuestAndChoosePool(FxRobot robot) throws Exception {
        assertThat(dragOver(robot, HOST + "/vm:" + GUEST, HOST + "/pbbr0").getText()).contains(GUEST).contains("pbbr0");
        robot.drop();
        DialogPane d = await(robot, CreateVnicDialog.DIALOG_ID);
        robot.interact(() -> {
            robot.from(d).lookup("#vnicPoolChoice").queryAs(RadioButton.class).setSelected(true);
            @SuppressWarnings("unchecked")
            ChoiceBox<String> pools = robot.from(d).lookup("#vnicPool").queryAs(ChoiceBox.class);
            pools.setValue("pbact");
        });
        // the button's own action: a robot click can land while the dialog window is still being placed
        robot.interact(((javafx.scene.control.Button) d.lookupButton(javafx.scene.control.ButtonType.OK))::fire);
    }

    @Test
    void cancellingThePreviewOfANewVnicChangesNothingAndReleasesTheReservedMac(FxRobot robot) throws Exception {
        cli("mac", "pool", "add", "pbact", "--range", "52:54:00:a6:10:00-52:54:00:a6:10:0f");
        addLabHost(robot);
        app.awaitScene(WAIT, x -> x.graph().subjects().containsKey(HOST + "/vm:" + GUEST));
        String before = String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "virsh", "-c", LAB.libvirtUri(), "dumpxml", GUEST));
        String bridgesBefore = String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "bridge", "-j", "link"));
        dragGuestAndChoosePool(robot);

        DialogPane preview = await(robot, PreviewDialog.DIALOG_ID);
        String xml = robot.from(preview).lookup("#previewXml").queryAs(TextArea.class).getText();
        assertThat(xml).contains("52:54:00:a6:10:").contains("pbbr0");
        String mac = DeviceXml.macOf(DeviceXml.parseInterface(xml));
        made.add(mac); // should it ever be applied, it goes again
        assertThat(poolHolds(home, mac)).as("reserved in the pools file").isTrue();
        assertThat(app.viewModel().topology().pending()).containsExactly(HOST + "/vm:" + GUEST);

        // the button's own action (a robot click can land while the preview window is still being placed)
        robot.interact(robot.from(preview).lookup("#" + PreviewDialog.CANCEL_ID).queryButton()::fire);
        awaitIdle();
        assertThat(poolHolds(home, mac)).as("released").isFalse();
        assertThat(liveInterface(mac)).isNull();
        assertThat(String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "virsh", "-c", LAB.libvirtUri(), "dumpxml", GUEST)))
                .isEqualTo(before);
        assertThat(String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "bridge", "-j", "link"))).isEqualTo(bridgesBefore);
        assertThat(app.viewModel().topology().pending()).isEmpty();
        assertThat(home.resolve("journal.jsonl")).doesNotExist();
    }

    @Test
    void aVmDroppedOnABridgeGetsAVnicThatTheHostAndTheGuestSee(FxRobot robot) throws Exception {
        cli("mac", "pool", "add", "pbact", "--range", "52:54:00:a6:10:00-52:54:00:a6:10:0f");
        addLabHost(robot);
        app.awaitScene(WAIT, x -> x.graph().subjects().containsKey(HOST + "/vm:" + GUEST));
        dragGuestAndChoosePool(robot);
        DialogPane preview = await(robot, PreviewDialog.DIALOG_ID);
        String mac = DeviceXml.macOf(DeviceXml.parseInterface(
                robot.from(preview).lookup("#previewXml").queryAs(TextArea.class).getText()));
        made.add(mac);
        apply(robot);

        String tap = tapOf(mac);
        assertThat(tap).isNotNull();
        awaitMaster(tap, "pbbr0");
        assertThat(LAB.guestSerial(GUEST).awaitMac(mac).mac()).isEqualTo(mac);
        String node = awaitVnicNode(mac);
        assertThat(node).isEqualTo(HOST + "/" + tap);
        awaitOnGraph(node, "pbbr0");
    }

    @Test
    void theContextMenuSetsTheLinkDownAndCopiesTheMac(FxRobot robot) throws Exception {
        String mac = "52:54:00:a6:00:04";
        addVnic(mac, "pbbr0");
        addLabHost(robot);
        String tapNode = awaitVnicNode(mac);

        String[] clip = new String[1];
        contextAction(robot, tapNode, "action.copyMac", () -> {
            robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
            return mac.equals(clip[0]);
        });
        assertThat(clip[0]).isEqualTo(mac);

        contextActionOpening(robot, tapNode, "action.linkDown", PreviewDialog.DIALOG_ID);
        apply(robot);
        assertThat(liveInterface(mac)).contains("<link state=\"down\"/>");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> {
            GraphSubject s = app.viewModel().topology().sceneProperty().get().graph().subjects().get(HOST + "/vm:" + GUEST);
            return s instanceof GraphSubject.OfVm v && v.vm().vnics().stream()
                    .anyMatch(n -> mac.equals(n.mac()) && "down".equals(n.link()));
        });

        // show XML: the live interface, read-only
        DialogPane x = contextActionOpening(robot, tapNode, "action.showXml", "vnicXmlDialog");
        TextArea area = robot.from(x).lookup("#vnicXml").query();
        assertThat(area.isEditable()).isFalse();
        assertThat(area.getText()).contains(mac).contains("state=\"down\"");
        robot.interact(() -> x.getScene().getWindow().hide());

        // the keyboard: L on the selected vNIC plans "link up"; cancelling it changes nothing
        robot.interact(() -> app.viewModel().topology().selectedProperty().set(tapNode));
        // the console's window takes the keyboard back from the closed XML window (Monocle does not hand it back)
        // (no click on the node: a press on a drag source may start a drag gesture that takes the keys)
        robot.interact(() -> {
            node(tapNode).getScene().getWindow().requestFocus();
            app.controller().graph().requestFocus();
        });
        robot.type(KeyCode.L);
        DialogPane up = await(robot, PreviewDialog.DIALOG_ID);
        assertThat(up.getContent().lookup("#previewImpact")).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).contains("link up"));
        robot.clickOn(robot.from(up).lookup("#" + PreviewDialog.CANCEL_ID).queryButton());
        awaitIdle();
        assertThat(liveInterface(mac)).contains("<link state=\"down\"/>");
    }
}
