package io.patchbay.ui.change;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.ops.Plan;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a plan touches on the graph: the VM and the bridges it leaves and joins (highlighted) and the
 * vNIC itself (pending until the change is verified; for a new vNIC, its VM). Plain Java.
 */
public record Impact(Set<String> highlighted, Set<String> pending) {
    public Impact {
        highlighted = Set.copyOf(highlighted);
        pending = Set.copyOf(pending);
    }

    /** Nothing on the graph. */
    public static final Impact NONE = new Impact(Set.of(), Set.of());

    /** @param fromBridge the bridge the vNIC is on before the change, or null */
    public static Impact of(Map<String, GraphSubject> subjects, Plan plan, String fromBridge) {
        Set<String> hi = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>();
        String vm = TopologyGraph.vmId(plan.host(), plan.vm());
        String vnic = plan.kind() == Plan.Kind.ADD ? null : VnicRef.nodeOf(subjects, plan.host(), plan.vm(), plan.mac());
        add(subjects, hi, vm);
        for (String b : new String[] {fromBridge, plan.bridge()}) {
            if (b != null) {
                add(subjects, hi, TopologyGraph.deviceId(plan.host(), b));
            }
        }
        add(subjects, pending, vnic != null ? vnic : vm);
        return new Impact(hi, pending);
    }

    private static void add(Map<String, GraphSubject> subjects, Set<String> to, String id) {
        if (id != null && subjects.containsKey(id)) {
            to.add(id);
        }
    }
}
