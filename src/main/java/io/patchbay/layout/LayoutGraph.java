package io.patchbay.layout;

import java.util.List;

/** What to lay out: hosts in the order they appear left to right, their nodes and edges. */
public record LayoutGraph(List<String> hosts, List<LayoutNode> nodes, List<LayoutEdge> edges) {
    public LayoutGraph {
        hosts = List.copyOf(hosts);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
