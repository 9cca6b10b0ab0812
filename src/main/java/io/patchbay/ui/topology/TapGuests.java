package io.patchbay.ui.topology;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.Vnic;
import java.util.HashMap;
import java.util.Map;

/**
 * The vNIC behind each VM's host tap, by the tap's node id: a tap node shows its guest's MAC (the
 * one the admin knows and searches for), while the host-side {@code fe:} MAC stays in the
 * inspector. Plain Java.
 */
public final class TapGuests {
    private TapGuests() {
    }

    public static Map<String, Vnic> of(Map<String, GraphSubject> subjects) {
        Map<String, Vnic> out = new HashMap<>();
        for (GraphSubject s : subjects.values()) {
            if (s instanceof GraphSubject.OfVm v) {
                for (Vnic n : v.vm().vnics()) {
                    if (n.target() != null) {
                        String tap = TopologyGraph.deviceId(v.host(), n.target());
                        if (subjects.get(tap) instanceof GraphSubject.OfDevice) {
                            out.putIfAbsent(tap, n);
                        }
                    }
                }
            }
        }
        return out;
    }
}
