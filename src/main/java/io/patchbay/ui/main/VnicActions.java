package io.patchbay.ui.main;

import io.patchbay.ui.common.SentenceText;
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
import io.patchbay.ui.change.InterfaceXmlDialog;
import io.patchbay.ui.change.Message;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.change.Reversal;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.topology.GraphScene;
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
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/**
 * What the admin can do to a vNIC, whichever way it was asked (drag, context menu, key, Undo):
 * move, link up/down, VLAN (through its dialog), remove, create (through its dialog), undo, copy MAC, show XML. Every change
 * goes to {@link ChangeViewModel} (plan -> preview -> apply); what cannot even be asked is told in
 * a dialog and the journal.
 */
final class VnicActions {
    private final MainViewModel vm;
    private final Stage stage;
    private final ResourceBundle strings;

    VnicActions(MainViewModel vm, Stage stage, ResourceBundle strings) {
        this.vm = vm;
        this.stage = stage;
        this.strings = strings;
    }

    /** The subjects of the graph on show (none before the first). */
    Map<String, GraphSubject> subjects() {
        GraphScene s = vm.topology().sceneProperty().get();
        return s == null ? Map.of() : s.graph().subjects();
    }

    /** True when {@code host} has a libvirt connection to change it through. */
    boolean changeable(String host) {
        return vm.changeTarget(host).isPresent();
    }

    ScopeRequest scope() {
        return vm.change().scopeProperty().get();
    }

    void move(VnicRef r, String bridge) {
        request(r.host(), new VnicIntent.Move(r.vm().name(), r.mac(), bridge, scope()), r.bridge());
    }

    void link(VnicRef r, boolean up) {
        request(r.host(), new VnicIntent.Link(r.vm().name(), r.mac(), up, scope()), r.bridge());
    }

    /** Sets the link up when it is down, down otherwise. */
    void toggleLink(VnicRef r) {
        link(r, "down".equalsIgnoreCase(r.vnic().link()));
    }

    void remove(VnicRef r) {
        request(r.host(), new VnicIntent.Remove(r.vm().name(), r.mac(), scope(), Planner.DEFAULT_WAIT), r.bridge());
    }

    /** Opens the VLAN dialog prefilled from the vNIC's port, then previews the change. */
    void vlan(VnicRef r) {
        HostTopology t = vm.topologyOf(r.host());
        if (t == null || vm.changeTarget(r.host()).isEmpty()) {
            tell(Message.of("drop.notLibvirt", r.host()));
            return;
        }
        Device tap = r.vnic().target() == null ? null : t.device(r.vnic().target()).orElse(null);
        Device bridge = r.bridge() == null ? null : t.device(r.bridge()).orElse(null);
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
            tell(Message.of("drop.notLibvirt", host));
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
        }, err -> tell(Message.of("change.error", SentenceText.error(err))));
    }

    private void request(String host, VnicIntent intent, String fromBridge) {
        request(host, intent, fromBridge, null);
    }

    /** Plans {@code intent}; {@code undoOf} is the plan id of the journaled change it takes back, or null. */
    private void request(String host, VnicIntent intent, String fromBridge, String undoOf) {
        Optional<ChangeTarget> target = vm.changeTarget(host);
        if (target.isEmpty()) {
            tell(Message.of("drop.notLibvirt", host));
            return;
        }
        ChangeViewModel.Context ctx = new ChangeViewModel.Context(subjects(), vm.topologyOf(host), fromBridge,
                vm.managedHosts());
        vm.change().request(target.get(), vm.peersOf(host), intent, ctx, undoOf);
    }

    /** Undo: plans the reverse of the newest verified change and previews it. */
    void undoLast() {
        JournalEntry last = vm.changes().lastUndoable();
        if (last == null) {
            tell(Message.of("undo.none"));
            return;
        }
        undo(last);
    }

    void undo(JournalEntry e) {
        Reversal.Result r = Reversal.of(e);
        if (r.intent() == null) {
            tell(r.refusal());
            return;
        }
        String host = e.host();
        if (vm.changeTarget(host).isEmpty()) {
            tell(Message.of("undo.hostGone", host, String.valueOf(e.uri())));
            return;
        }
        String from = null;
        String node = VnicRef.nodeOf(subjects(), host, e.vm(), e.mac());
        if (node != null) {
            from = VnicRef.of(subjects(), node).map(VnicRef::bridge).orElse(null);
        }
        request(host, r.intent(), from, e.planId());
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
            tell(Message.of("drop.notLibvirt", r.host()));
            return;
        }
        vm.change().readInterfaceXml(t.get(), r.vm().name(), r.mac(),
                xml -> InterfaceXmlDialog.show(stage, strings, r, xml), this::tell);
    }

    /** Why an action could not even be asked: in the journal and a dialog. */
    void tell(Message m) {
        String text = Messages.format(strings, m);
        vm.journal().add("console", "error", text);
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }
}
