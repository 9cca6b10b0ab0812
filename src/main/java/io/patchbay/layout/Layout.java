package io.patchbay.layout;

import java.util.List;
import java.util.Map;

/** The result of a layout: node boxes by id, edge routes, host frames and the overall size. */
public record Layout(Map<String, NodeBox> nodes, List<EdgeRoute> edges, List<HostFrame> hosts,
                     double width, double height) {
    public Layout {
        nodes = Map.copyOf(nodes);
        edges = List.copyOf(edges);
        hosts = List.copyOf(hosts);
    }

    /** Nothing to show. */
    public static Layout empty() {
        return new Layout(Map.of(), List.of(), List.of(), 0, 0);
    }
}
