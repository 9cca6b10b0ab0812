package io.patchbay.ui.traffic;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Vnic;
import io.patchbay.ui.change.VnicRef;
import java.util.List;
import java.util.Map;

/** The vNICs whose traffic the inspector shows for the graph's selection: a VM's, or the one of a tap or vNIC node. Plain Java. */
public final class TrafficSelection {
    private TrafficSelection() {
    }

    public static List<TrafficKey> of(Map<String, GraphSubject> subjects, String selectedId) {
        GraphSubject s = selectedId == null ? null : subjects.get(selectedId);
        if (s instanceof GraphSubject.OfVm v) {
            return v.vm().vnics().stream().map(Vnic::mac).filter(m -> m != null)
                    .map(m -> new TrafficKey(v.host(), v.vm().name(), m)).distinct().toList();
        }
        return VnicRef.of(subjects, selectedId).map(r -> List.of(new TrafficKey(r.host(), r.vm().name(), r.mac())))
                .orElse(List.of());
    }
}
