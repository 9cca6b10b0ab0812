package io.patchbay.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of one layout by number, with each node's neighbours in the rows above ({@link #up})
 * and below ({@link #down}) on the same host, in the order of the edges. The layout works on these
 * arrays rather than on maps of ids: it is what makes a 2,000-node host take milliseconds.
 */
final class NodeIndex {
    final List<LayoutNode> nodes = new ArrayList<>();
    final Map<String, Integer> byId;
    /** Each edge once, upper end first, between known and distinct nodes. */
    final List<LayoutEdge> kept = new ArrayList<>();
    final int[][] up;
    final int[][] down;

    NodeIndex(LayoutGraph graph) {
        byId = new HashMap<>(graph.nodes().size() * 2);
        for (LayoutNode n : graph.nodes()) {
            if (byId.putIfAbsent(n.id(), nodes.size()) == null) {
                nodes.add(n);
            }
        }
        int[] from = new int[graph.edges().size()];
        int[] to = new int[from.length];
        int links = 0;
        for (LayoutEdge e : graph.edges()) {
            Integer ia = byId.get(e.from());
            Integer ib = byId.get(e.to());
            if (ia == null || ib == null || ia.equals(ib)) {
                continue;
            }
            LayoutNode a = nodes.get(ia);
            LayoutNode b = nodes.get(ib);
            if (a.layer().ordinal() > b.layer().ordinal()) {
                Integer t = ia;
                ia = ib;
                ib = t;
                LayoutNode tn = a;
                a = b;
                b = tn;
            }
            kept.add(new LayoutEdge(a.id(), b.id(), e.kind()));
            if (a.layer() != b.layer() && a.host().equals(b.host())) {
                from[links] = ia;
                to[links] = ib;
                links++;
            }
        }
        down = lists(nodes.size(), from, to, links);
        up = lists(nodes.size(), to, from, links);
    }

    int size() {
        return nodes.size();
    }

    LayoutNode node(int i) {
        return nodes.get(i);
    }

    /** For each node, the other ends of the links that start at it, in link order. */
    private static int[][] lists(int n, int[] start, int[] end, int links) {
        int[] degree = new int[n];
        for (int i = 0; i < links; i++) {
            degree[start[i]]++;
        }
        int[][] out = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < links; i++) {
            out[start[i]][fill[start[i]]++] = end[i];
        }
        return out;
    }
}
