package io.patchbay.ui.main;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.ops.JournalEntry;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ui.change.ChangeTarget;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.DropRule;
import io.patchbay.ui.change.Message;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.change.PreviewDialog;
import io.patchbay.ui.change.Reversal;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.topology.DropHint;
import io.patchbay.ui.topology.GraphGestures;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.vnic.CreateVnicDialog;
import io.patchbay.ui.vnic.CreateVnicPrefill;
import io.patchbay.ui.vnic.CreateVnicPrefills;
import io.patchbay.ui.vlan.VlanChoice;
import io.patchbay.ui.vlan.VlanDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.MouseButton;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;

/**
 * What the admin does on the graph: drag a vNIC onto a bridge (move) or a VM onto a bridge (new
 * vNIC), context menus and keys for the same (create vNIC, move to, link up/down, remove, copy MAC,
 * show XML), and undo from the changes list. Every change goes plan -> preview -> apply.
 *
 * <p>Keys on the graph, for the selected node: N new vNIC, M move to (menu), L link up/down,
 * V VLAN, Delete remove, Ctrl+C copy MAC, X show XML, the context-menu key or Shift+F10 the menu.
 */
final class GraphActions {
    /** Ids for tests. */
    static final String MENU_ID = "graphContextMenu";
    static final String XML_DIALOG_ID = "vnicXmlDialog";

    private final MainViewModel vm;
    private final GraphView graph;
    private final Stage stage;
    private final ResourceBundle strings;
    private ContextMenu menu;
    private Dialog<?> previewDialog;

    GraphActions(MainViewModel vm, GraphView graph, Stage stage, ResourceBundle strings) {
        this.vm = vm;
        this.graph = graph;
        this.stage = stage;
        this.strings = strings;
    }

    void install() {
        new GraphGestures(graph, id -> DropRule.draggable(subjects(), id), this::hint, this::dropped);
        graph.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            String id = graph.nodeIdAt(e.getPickResult().getIntersectedNode());
            if (id != null) {
                vm.topology().selectedProperty().set(id);
                showMenu(id, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        // some platforms (the headless one) send no context-menu request for a right click
        graph.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            String id = graph.nodeIdAt(e.getPickResult().getIntersectedNode());
            if (e.getButton() == MouseButton.SECONDARY && id != null
                    && (menu == null || !menu.isShowing())) {
                vm.topology().selectedProperty().set(id);
                showMenu(id, e.getScreenX(), e.getScreenY());
            }
        });
        graph.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        ChangeViewModel c = vm.change();
        c.previewProperty().addListener((o, a, p) -> {
            if (p != null) {
                previewDialog = PreviewDialog.show(stage, c, p);
            } else if (previewDialog != null) {
                Dialog<?> d = previewDialog;
                previewDialog = null;
                if (d.isShowing()) {
                    d.close();
                }
            }
        });
        c.setOnFinished(this::finished);
    }

    private Map<String, GraphSubject> subjects() {
        GraphScene s = vm.topology().sceneProperty().get();
        return s == null ? Map.of() : s.graph().subjects();
    }

    private boolean changeable(String host) {
        return vm.changeTarget(host).isPresent();
    }

    private DropHint hint(String dragged, String target) {
        DropRule.Verdict v = DropRule.check(subjects(), dragged, target, this::changeable, vm.change().scopeProperty().get());
        return new DropHint(v.accepted(), text(v.message()));
    }

    private String text(Message m) {
        return Messages.format(strings, m);
    }

    private void dropped(String dragged, String target) {
        Map<String, GraphSubject> s = subjects();
        GraphSubject t = s.get(target);
        if (!(t instanceof GraphSubject.OfDevice bridge)) {
            return;
        }
        Optional<VnicRef> ref = VnicRef.of(s, dragged);
        if (ref.isPresent()) {
            move(ref.get(), bridge.device().name());
        } else if (s.get(dragged) instanceof GraphSubject.OfVm v) {
            createVnic(v.host(), v.vm().name(), bridge.device().name());
        }
    }

    // the actions

    void move(VnicRef r, String bridge) {
        request(r.host(), new VnicIntent.Move(r.vm().name(), r.mac(), bridge, scope()), r.bridge());
    }

    void link(VnicRef r, boolean up) {
        request(r.host(), new VnicIntent.Link(r.vm().name(), r.mac(), up, scope()), r.bridge());
    }

    void remove(VnicRef r) {
        request(r.host(), new VnicIntent.Remove(r.vm().name(), r.mac(), scope(), Planner.DEFAULT_WAIT), r.bridge());
    }

    /** Opens the VLAN dialog prefilled from the vNIC's port, then previews the change. */
    void vlan(VnicRef r) {
        if (vm.changeTarget(r.host()).isEmpty()) {
            status(Message.of("drop.notLibvirt", r.host()));
            return;
        }
        Device tap = r.vnic().target() == null || vm.topologyOf(r.host()) == null ? null
                : vm.topologyOf(r.host()).device(r.vnic().target()).orElse(null);
        Device bridge = r.bridge() == null || vm.topologyOf(r.host()) == null ? null
                : vm.topologyOf(r.host()).device(r.bridge()).orElse(null);
        boolean ovs = bridge != null && bridge.kind() == DeviceKind.OVS || "openvswitch".equals(r.vnic().virtualport());
        VlanChoice current = r.vnic().vlan() != null || tap == null ? VlanChoice.of(r.vnic().vlan())
                : VlanChoice.of(tap.portVlan());
        VlanDialog.show(stage, new VlanDialog.Subject(r.host(), r.vm().name(), r.mac(), r.bridge(), ovs), current)
                .ifPresent(v -> request(r.host(), new VnicIntent.Vlan(r.vm().name(), r.mac(), v, scope()), r.bridge()));
    }

    /** Opens the create-vNIC dialog (prefilled from the console's snapshots and pools), then the preview. */
    void createVnic(String host, String vmName, String bridge) {
        HostTopology t = vm.topologyOf(host);
        if (t == null || vm.changeTarget(host).isEmpty()) {
            status(Message.of("drop.notLibvirt", host));
            return;
        }
        vm.readPools(pools -> {
            List<HostTopology> all = new ArrayList<>();
            vm.hosts().hosts().forEach(e -> {
                if (e.topologyProperty().get() != null) {
                    all.add(e.topologyProperty().get());
                }
            });
            CreateVnicPrefill p = CreateVnicPrefills.forVm(t, vmName, bridge, all, pools);
            CreateVnicDialog.show(stage, p).ifPresent(add -> request(host, add, null));
        }, err -> status(Message.of("change.error", err.getMessage())));
    }

    private ScopeRequest scope() {
        return vm.change().scopeProperty().get();
    }

    private void request(String host, VnicIntent intent, String fromBridge) {
        Optional<ChangeTarget> target = vm.changeTarget(host);
        if (target.isEmpty()) {
            status(Message.of("drop.notLibvirt", host));
            return;
        }
        ChangeViewModel.Context ctx = new ChangeViewModel.Context(subjects(), vm.topologyOf(host), fromBridge,
                vm.managedHosts());
        vm.change().request(target.get(), vm.peersOf(host), intent, ctx);
    }

    private void status(Message m) {
        vm.journal().add("console", "error", text(m));
        Alert a = new Alert(Alert.AlertType.INFORMATION, text(m));
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }

    /** A change ended: show a failure, refresh the host, clear the pending mark once the new snapshot is shown. */
    private void finished(ChangeViewModel.Result r) {
        if (r.plan() != null) {
            StringBuilder log = new StringBuilder(r.plan().summary()).append('\n');
            r.plan().steps().forEach(s -> log.append(s.describe()).append('\n').append(s.xml().strip()).append('\n'));
            if (r.outcome() != null) {
                r.outcome().events().forEach(ev -> log.append(ev).append('\n'));
                log.append(r.outcome().message());
                if (r.outcome().journalProblem() != null) {
                    vm.changes().addUnjournaled(vm.changes().journal().entry(r.plan(), r.outcome()));
                }
            }
            vm.journal().add(r.plan().host(), "xml", log.toString());
            vm.changes().reload();
        }
        if (!r.ok()) {
            String detail = r.error() != null ? r.error() : r.outcome().message();
            Alert a = new Alert(Alert.AlertType.ERROR, detail);
            a.initOwner(stage);
            a.getDialogPane().setId("changeFailedDialog");
            a.setHeaderText(strings.getString(r.plan() == null ? "change.refusedHeader" : "change.failedHeader"));
            if (r.outcome() != null && !r.outcome().left().isEmpty()) {
                a.setContentText(detail + "\n\n" + String.join("\n", r.outcome().left()));
            }
            a.getDialogPane().setPrefWidth(620);
            a.show();
        }
        HostEntry e = r.plan() == null ? null : vm.entryOf(r.plan().host());
        if (e == null) {
            vm.change().settled(r);
            return;
        }
        ChangeListener<HostEntry.Status> settle = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends HostEntry.Status> o, HostEntry.Status was,
                                HostEntry.Status now) {
                if (now != HostEntry.Status.READING) {
                    e.statusProperty().removeListener(this);
                    // the host's re-read has landed (its picture is being laid out, or was already current)
                    vm.change().settled(r);
                }
            }
        };
        e.statusProperty().addListener(settle);
        vm.hosts().refresh(e);
    }

    /** Undo: plans the reverse of the newest verified change and previews it. */
    void undoLast() {
        JournalEntry last = vm.changes().lastUndoable();
        if (last == null) {
            status(Message.of("undo.none"));
            return;
        }
        undo(last);
    }

    void undo(JournalEntry e) {
        Reversal.Result r = Reversal.of(e);
        if (r.intent() == null) {
            status(r.refusal());
            return;
        }
        String host = e.host();
        if (vm.changeTarget(host).isEmpty()) {
            status(Message.of("undo.hostGone", host, String.valueOf(e.uri())));
            return;
        }
        String from = null;
        String node = VnicRef.nodeOf(subjects(), host, e.vm(), e.mac());
        if (node != null) {
            from = VnicRef.of(subjects(), node).map(VnicRef::bridge).orElse(null);
        }
        request(host, r.intent(), from);
    }

    // context menu and keys

    private void showMenu(String id, double screenX, double screenY) {
        if (menu != null) {
            menu.hide();
        }
        menu = menuFor(id);
        if (menu.getItems().isEmpty()) {
            return;
        }
        menu.show(graph, screenX, screenY);
    }

    ContextMenu menuFor(String id) {
        ContextMenu m = new ContextMenu();
        m.setId(MENU_ID);
        Map<String, GraphSubject> s = subjects();
        Optional<VnicRef> ref = VnicRef.of(s, id);
        GraphSubject subject = s.get(id);
        if (ref.isPresent()) {
            VnicRef r = ref.get();
            boolean can = changeable(r.host());
            Menu moveTo = new Menu(strings.getString("action.moveTo"));
            moveTo.setId("actionMoveTo");
            for (String b : bridges(r.host())) {
                if (!b.equals(r.bridge())) {
                    MenuItem i = item("moveTo:" + b, b, () -> move(r, b));
                    moveTo.getItems().add(i);
                }
            }
            moveTo.setDisable(!can || moveTo.getItems().isEmpty());
            boolean down = "down".equalsIgnoreCase(r.vnic().link());
            MenuItem link = item("actionLink", strings.getString(down ? "action.linkUp" : "action.linkDown"),
                    () -> link(r, down));
            link.setAccelerator(new KeyCodeCombination(KeyCode.L));
            MenuItem vlan = item("actionVlan", strings.getString("action.vlan"), () -> vlan(r));
            vlan.setAccelerator(new KeyCodeCombination(KeyCode.V));
            vlan.setDisable(!can || !"bridge".equals(r.vnic().type()) && !"network".equals(r.vnic().type()));
            MenuItem remove = item("actionRemove", strings.getString("action.remove"), () -> remove(r));
            remove.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
            MenuItem create = item("actionCreate", strings.getString("action.create"),
                    () -> createVnic(r.host(), r.vm().name(), r.bridge()));
            create.setAccelerator(new KeyCodeCombination(KeyCode.N));
            link.setDisable(!can);
            remove.setDisable(!can);
            create.setDisable(!can);
            MenuItem copy = item("actionCopyMac", strings.getString("action.copyMac"), () -> copyMac(r));
            copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
            MenuItem xml = item("actionShowXml", strings.getString("action.showXml"), () -> showXml(r));
            xml.setAccelerator(new KeyCodeCombination(KeyCode.X));
            xml.setDisable(!can);
            m.getItems().addAll(moveTo, link, vlan, remove, new SeparatorMenuItem(), create, new SeparatorMenuItem(), copy, xml);
        } else if (subject instanceof GraphSubject.OfVm v) {
            MenuItem create = item("actionCreate", strings.getString("action.create"),
                    () -> createVnic(v.host(), v.vm().name(), null));
            create.setAccelerator(new KeyCodeCombination(KeyCode.N));
            create.setDisable(!changeable(v.host()));
            m.getItems().add(create);
        } else if (subject instanceof GraphSubject.OfDevice d && d.device().kind().isSwitch()) {
            Menu create = new Menu(strings.getString("action.createOnBridge"));
            create.setId("actionCreateOn");
            HostTopology t = vm.topologyOf(d.host());
            if (t != null) {
                t.vms().forEach(v -> create.getItems().add(item("createFor:" + v.name(), v.name(),
                        () -> createVnic(d.host(), v.name(), d.device().name()))));
            }
            create.setDisable(!changeable(d.host()) || create.getItems().isEmpty());
            m.getItems().add(create);
        }
        return m;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private List<String> bridges(String host) {
        HostTopology t = vm.topologyOf(host);
        List<String> out = new ArrayList<>();
        if (t != null) {
            for (Device d : t.devices()) {
                if (d.kind().isSwitch()) {
                    out.add(d.name());
                }
            }
        }
        return out;
    }

    private void key(KeyEvent e) {
        String id = vm.topology().selectedProperty().get();
        if (id == null) {
            return;
        }
        Map<String, GraphSubject> s = subjects();
        Optional<VnicRef> ref = VnicRef.of(s, id);
        KeyCode c = e.getCode();
        if (c == KeyCode.CONTEXT_MENU || (c == KeyCode.F10 && e.isShiftDown()) || (c == KeyCode.M && ref.isPresent())) {
            Region v = graph.nodeView(id);
            if (v != null) {
                Bounds b = v.localToScreen(v.getBoundsInLocal());
                showMenu(id, b.getMinX(), b.getMaxY());
            }
        } else if (c == KeyCode.N) {
            if (ref.isPresent()) {
                createVnic(ref.get().host(), ref.get().vm().name(), ref.get().bridge());
            } else if (s.get(id) instanceof GraphSubject.OfVm v) {
                createVnic(v.host(), v.vm().name(), null);
            } else {
                return;
            }
        } else if (ref.isEmpty()) {
            return;
        } else if (c == KeyCode.L) {
            link(ref.get(), "down".equalsIgnoreCase(ref.get().vnic().link()));
        } else if (c == KeyCode.DELETE) {
            remove(ref.get());
        } else if (c == KeyCode.C && e.isShortcutDown()) {
            copyMac(ref.get());
        } else if (c == KeyCode.X) {
            showXml(ref.get());
        } else if (c == KeyCode.V && !e.isShortcutDown()) {
            vlan(ref.get());
        } else {
            return;
        }
        e.consume();
    }

    void copyMac(VnicRef r) {
        ClipboardContent c = new ClipboardContent();
        c.putString(r.mac());
        Clipboard.getSystemClipboard().setContent(c);
        vm.journal().add(r.host(), "read", String.format(strings.getString("action.copied"), r.mac()));
    }

    /** The vNIC's interface as libvirt has it now (live, else persistent), read off the FX thread, shown read-only. */
    void showXml(VnicRef r) {
        Optional<ChangeTarget> t = vm.changeTarget(r.host());
        if (t.isEmpty()) {
            status(Message.of("drop.notLibvirt", r.host()));
            return;
        }
        vm.change().readInterfaceXml(t.get(), r.vm().name(), r.mac(), xml -> {
            Dialog<Void> d = new Dialog<>();
            d.initOwner(stage);
            d.setTitle(strings.getString("xml.title"));
            d.setHeaderText(String.format(strings.getString("xml.header"), r.mac(), r.vm().name(), r.host()));
            TextArea area = new TextArea(xml.strip());
            area.setEditable(false);
            area.getStyleClass().add("mono");
            area.setPrefColumnCount(70);
            area.setPrefRowCount(14);
            area.setId("vnicXml");
            d.getDialogPane().setContent(area);
            d.getDialogPane().setId(XML_DIALOG_ID);
            d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            d.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
            d.setResizable(true);
            d.show();
        }, this::status);
    }
}
