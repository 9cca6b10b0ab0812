package io.patchbay.ui.topology;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Device;
import io.patchbay.model.LinkState;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The visible states of a node as CSS style classes: down, no-carrier, drift, pending, vm-off. Plain Java. */
public final class NodeState {
    public static final String DOWN = "state-down";
    public static final String NO_CARRIER = "state-no-carrier";
    public static final String DRIFT = "state-drift";
    public static final String PENDING = "state-pending";
    public static final String VM_OFF = "state-vm-off";

    private NodeState() {
    }

    public static List<String> of(GraphSubject s, boolean pending) {
        List<String> out = new ArrayList<>();
        if (s instanceof GraphSubject.OfDevice d) {
            Device dev = d.device();
            if (dev.state() == LinkState.DOWN) {
                out.add(DOWN);
            }
            if (Boolean.FALSE.equals(dev.carrier())) {
                out.add(NO_CARRIER);
            }
        } else if (s instanceof GraphSubject.OfVm v) {
            Vm vm = v.vm();
            if (vm.state() != null && !vm.state().toLowerCase(Locale.ROOT).equals("running")) {
                out.add(VM_OFF);
            }
            if (vm.vnics().stream().anyMatch(NodeState::drifts)) {
                out.add(DRIFT);
            }
        } else if (s instanceof GraphSubject.OfVnic v) {
            if ("down".equalsIgnoreCase(v.vnic().link())) {
                out.add(DOWN);
            }
            if (drifts(v.vnic())) {
                out.add(DRIFT);
            }
        }
        if (pending) {
            out.add(PENDING);
        }
        return out;
    }

    /** A vNIC only in the live or only in the persistent definition differs between the two. */
    static boolean drifts(Vnic v) {
        return v.scope() != null && !v.scope().equalsIgnoreCase("both");
    }
}
