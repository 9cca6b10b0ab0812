package io.patchbay.ui.change;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.InterfaceType;
import io.patchbay.ops.ScopeRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a node dragged on the graph may be dropped on another, and why not. A vNIC moves to
 * another bridge of its own host; a VM dropped on a bridge gets a new vNIC there. Plain Java.
 */
public final class DropRule {
    /** The answer for one target: accepted or not, and the sentence that says what would happen or why not. */
    public record Verdict(boolean accepted, Message message) {
        static Verdict yes(String key, String... args) {
            return new Verdict(true, Message.of(key, args));
        }

        static Verdict no(String key, String... args) {
            return new Verdict(false, Message.of(key, args));
        }
    }

    private DropRule() {
    }

    /** Whether a drag may start on node {@code id}: a vNIC (or its tap) or a VM. */
    public static boolean draggable(Map<String, GraphSubject> subjects, String id) {
        return subjects.get(id) instanceof GraphSubject.OfVm || VnicRef.of(subjects, id).isPresent();
    }

    /**
     * The verdict for dropping {@code draggedId} on {@code targetId}.
     *
     * @param changeable whether a host (by name) has a libvirt connection the console can change it through
     * @param scope      the live/config choice of the console (a live-only change needs a running VM)
     */
    public static Verdict check(Map<String, GraphSubject> subjects, String draggedId, String targetId,
                                Predicate<String> changeable, ScopeRequest scope) {
        GraphSubject target = subjects.get(targetId);
        Optional<VnicRef> vnic = VnicRef.of(subjects, draggedId);
        GraphSubject dragged = subjects.get(draggedId);
        if (vnic.isEmpty() && !(dragged instanceof GraphSubject.OfVm)) {
            return Verdict.no("drop.notDraggable", dragged == null ? "?" : dragged.label());
        }
        if (targetId != null && targetId.equals(draggedId)) {
            return Verdict.no("drop.itself");
        }
        String host = vnic.map(VnicRef::host).orElseGet(dragged::host);
        if (!(target instanceof GraphSubject.OfDevice d) || !d.device().kind().isSwitch()) {
            return Verdict.no("drop.notBridge", target == null ? "?" : target.label());
        }
        String bridge = d.device().name();
        if (!d.host().equals(host)) {
            return Verdict.no("drop.otherHost", bridge, d.host(), host);
        }
        if (!changeable.test(host)) {
            return Verdict.no("drop.notLibvirt", host);
        }
        if (vnic.isPresent()) {
            VnicRef r = vnic.get();
            String type = r.vnic().type() == null ? "" : r.vnic().type().toLowerCase(Locale.ROOT);
            if (InterfaceType.of(type).isEmpty()) {
                return Verdict.no("drop.notMovable", r.mac(), type.isEmpty() ? "?" : type);
            }
            if (bridge.equals(r.bridge())) {
                return Verdict.no("drop.sameBridge", r.mac(), bridge);
            }
            if (scope.live() && !r.vmRunning()) {
                return Verdict.no("drop.stoppedLive", r.vm().name());
            }
            String from = r.bridge() != null ? r.bridge() : type + " " + r.vnic().sourceName();
            boolean ovs = d.device().kind() == DeviceKind.OVS || "openvswitch".equals(r.vnic().virtualport());
            if (ovs && r.vmRunning() && !(scope.config() && !scope.live())) {
                // libvirt cannot move it live with Open vSwitch on either side: unplug and plug again
                return Verdict.yes("drop.replug", r.mac(), from, bridge);
            }
            return r.vmRunning() || scope.config()
                    ? Verdict.yes("drop.move", r.mac(), from, bridge)
                    : Verdict.yes("drop.moveConfig", r.mac(), from, bridge, r.vm().name());
        }
        GraphSubject.OfVm vm = (GraphSubject.OfVm) dragged;
        boolean running = vm.vm().state() != null && vm.vm().state().toLowerCase(Locale.ROOT).equals("running");
        if (scope.live() && !running) {
            return Verdict.no("drop.stoppedLive", vm.vm().name());
        }
        return Verdict.yes("drop.create", vm.vm().name(), bridge);
    }
}
