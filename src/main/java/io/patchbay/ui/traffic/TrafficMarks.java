package io.patchbay.ui.traffic;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.topology.EdgeEnds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the traffic puts on the graph: the step of each busy vNIC's edge to its VM, and the vNIC
 * nodes whose drops or errors grew at the last refresh. Plain Java.
 *
 * @param steps  per edge (vNIC node to VM node), its throughput step; idle edges are not listed
 * @param losses per vNIC node, how its loss counters grew
 */
public record TrafficMarks(Map<EdgeEnds, ThroughputStep> steps, Map<String, LossGrowth> losses) {
    public TrafficMarks {
        steps = Map.copyOf(steps);
        losses = Map.copyOf(losses);
    }

    public static TrafficMarks of(Map<String, GraphSubject> subjects, List<VnicTraffic> traffic) {
        Map<EdgeEnds, ThroughputStep> steps = new HashMap<>();
        Map<String, LossGrowth> losses = new HashMap<>();
        for (VnicTraffic t : traffic) {
            TrafficKey k = t.key();
            String node = VnicRef.nodeOf(subjects, k.host(), k.vm(), k.mac());
            if (node == null) {
                continue; // hidden by a collapsed bridge, or not on the picture
            }
            RatePoint latest = t.latest();
            ThroughputStep step = latest == null ? ThroughputStep.IDLE : ThroughputStep.of(latest.totalBitsPerSecond());
            if (step != ThroughputStep.IDLE) {
                steps.put(new EdgeEnds(node, TopologyGraph.vmId(k.host(), k.vm())), step);
            }
            if (t.loss().any()) {
                losses.put(node, t.loss());
            }
        }
        return new TrafficMarks(steps, losses);
    }
}
