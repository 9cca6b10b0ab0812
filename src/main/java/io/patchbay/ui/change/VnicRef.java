package io.patchbay.ui.change;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.InterfaceType;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A vNIC as the graph shows it, resolved to what a change needs: host, VM, MAC and where it is
 * plugged now. A running VM's vNIC is drawn as its host tap; a stopped VM's as a vNIC node.
 *
 * @param nodeId the graph node that stands for the vNIC
 */
public record VnicRef(String nodeId, String host, Vm vm, Vnic vnic) {
    public String mac() {
        return vnic.mac();
    }

    public boolean vmRunning() {
        return vm.state() != null && vm.state().toLowerCase(Locale.ROOT).equals("running");
    }

    /** The bridge the vNIC is on (its source when that is a bridge), or null. */
    public String bridge() {
        return vnic.is(InterfaceType.BRIDGE) ? vnic.sourceName() : null;
    }

    /** The vNIC behind node {@code id} (a VM's tap or a tap-less vNIC node), if it is one. */
    public static Optional<VnicRef> of(Map<String, GraphSubject> subjects, String id) {
        GraphSubject s = id == null ? null : subjects.get(id);
        if (s instanceof GraphSubject.OfVnic v) {
            return v.vnic().mac() == null ? Optional.empty() : Optional.of(new VnicRef(id, v.host(), v.vm(), v.vnic()));
        }
        if (s instanceof GraphSubject.OfDevice d) {
            String tap = d.device().name();
            for (GraphSubject o : subjects.values()) {
                if (o instanceof GraphSubject.OfVm vm && vm.host().equals(d.host())) {
                    for (Vnic n : vm.vm().vnics()) {
                        if (tap.equals(n.target()) && n.mac() != null) {
                            return Optional.of(new VnicRef(id, d.host(), vm.vm(), n));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The graph node of the vNIC with {@code mac} of VM {@code vm} on {@code host}, or null. */
    public static String nodeOf(Map<String, GraphSubject> subjects, String host, String vm, String mac) {
        if (subjects.get(TopologyGraph.vmId(host, vm)) instanceof GraphSubject.OfVm v) {
            for (Vnic n : v.vm().vnics()) {
                if (mac.equalsIgnoreCase(n.mac()) && n.target() != null
                        && subjects.containsKey(TopologyGraph.deviceId(host, n.target()))) {
                    return TopologyGraph.deviceId(host, n.target());
                }
            }
        }
        for (Map.Entry<String, GraphSubject> e : subjects.entrySet()) {
            if (e.getValue() instanceof GraphSubject.OfVnic n && n.host().equals(host) && n.vm().name().equals(vm)
                    && mac.equalsIgnoreCase(n.vnic().mac())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The VM's node id. */
    public String vmNode() {
        return TopologyGraph.vmId(host, vm.name());
    }
}
