package io.patchbay.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layered layout built for host topologies, whose layers are known in advance ({@link Layer}).
 *
 * <p>Each host is laid out on its own; the hosts are then arranged in a grid ({@link HostGrid}). Within a layer, nodes are first
 * ordered by their stable key, then by median (barycenter) sweeps (down and up); coordinates come from
 * three linear passes that centre nodes over their neighbours without overlap. Given the previous
 * layout, known nodes keep their relative order and new ones are inserted at the barycenter of
 * their neighbours, so adding a vNIC does not reshuffle the picture. Ordering ({@link RowOrder})
 * and coordinates ({@link RowPlacement}) work on node numbers and primitive arrays. Pure Java,
 * no JavaFX; call it off the FX thread.
 */
public final class LayeredLayout {
    public static final double NODE_GAP = 14;
    public static final double LAYER_GAP = 64;
    public static final double ROW_HEIGHT = 40;
    public static final double HOST_GAP = 48;
    public static final double PADDING = 20;
    public static final double HEADER = 34;
    private static final int ROWS = Layer.values().length;

    private LayeredLayout() {
    }

    public static Layout compute(LayoutGraph graph) {
        return compute(graph, null);
    }

    /** Lays out {@code graph}; with a {@code previous} layout, keeps the order of the nodes it knew. */
    public static Layout compute(LayoutGraph graph, Layout previous) {
        return compute(graph, previous, HostGrid.ASPECT);
    }

    /**
     * As {@link #compute(LayoutGraph, Layout)}, the hosts' grid made for a view {@code aspect} wide
     * for its height (the console's graph pane).
     */
    public static Layout compute(LayoutGraph graph, Layout previous, double aspect) {
        NodeIndex g = new NodeIndex(graph);
        Set<String> hostOrder = new LinkedHashSet<>(graph.hosts());
        Map<String, int[]> rowSizes = new HashMap<>();
        for (LayoutNode n : g.nodes) {
            hostOrder.add(n.host());
            rowSizes.computeIfAbsent(n.host(), h -> new int[ROWS])[n.layer().ordinal()]++;
        }
        Map<String, int[][]> rowsByHost = new HashMap<>();
        Map<String, int[]> filled = new HashMap<>();
        for (int v = 0; v < g.size(); v++) {
            LayoutNode n = g.node(v);
            int r = n.layer().ordinal();
            int[][] rows = rowsByHost.computeIfAbsent(n.host(), h -> {
                int[] sizes = rowSizes.get(h);
                int[][] rs = new int[ROWS][];
                for (int i = 0; i < ROWS; i++) {
                    rs[i] = new int[sizes[i]];
                }
                return rs;
            });
            rows[r][filled.computeIfAbsent(n.host(), h -> new int[ROWS])[r]++] = v;
        }
        boolean[] used = new boolean[ROWS];
        rowsByHost.values().forEach(rows -> {
            for (int r = 0; r < ROWS; r++) {
                used[r] |= rows[r].length > 0;
            }
        });
        double[] rowY = new double[ROWS];
        double y = HEADER + PADDING;
        for (int r = 0; r < ROWS; r++) {
            rowY[r] = y;
            if (used[r]) {
                y += ROW_HEIGHT + LAYER_GAP;
            }
        }
        double height = y - LAYER_GAP + PADDING;

        Map<String, NodeBox> boxes = new HashMap<>(g.size() * 2);
        List<HostFrame> frames = new ArrayList<>();
        double[] xs = new double[g.size()];
        java.util.Arrays.fill(xs, Double.NaN);
        RowOrder order = new RowOrder(g);
        double left = 0;
        for (String host : hostOrder) {
            int[][] rows = rowsByHost.getOrDefault(host, new int[ROWS][0]);
            if (previous != null && knowsHost(previous, host)) {
                order.like(rows, previous);
            } else {
                order.fresh(rows);
            }
            RowPlacement.place(g, rows, xs);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int[] row : rows) {
                for (int v : row) {
                    LayoutNode n = g.node(v);
                    min = Math.min(min, xs[v] - n.width() / 2);
                    max = Math.max(max, xs[v] + n.width() / 2);
                }
            }
            if (min > max) {
                min = 0;
                max = 160;
            }
            double shift = left + PADDING - min;
            for (int[] row : rows) {
                for (int v : row) {
                    LayoutNode n = g.node(v);
                    double cx = xs[v] + shift;
                    double top = rowY[n.layer().ordinal()] + (ROW_HEIGHT - n.height()) / 2;
                    boxes.put(n.id(), new NodeBox(n.id(), host, n.layer(), cx - n.width() / 2, top, n.width(), n.height()));
                }
            }
            double w = Math.max(max - min, 160) + 2 * PADDING;
            frames.add(new HostFrame(host, left, 0, w, height));
            left += w + HOST_GAP;
        }
        List<EdgeRoute> routes = new ArrayList<>(g.kept.size());
        for (LayoutEdge e : g.kept) {
            routes.add(route(e, boxes.get(e.from()), boxes.get(e.to())));
        }
        double width = Math.max(0, left - HOST_GAP);
        return HostGrid.arrange(new Layout(boxes, routes, frames, width, frames.isEmpty() ? 0 : height), HOST_GAP, aspect);
    }

    private static boolean knowsHost(Layout previous, String host) {
        return previous.hosts().stream().anyMatch(f -> f.host().equals(host));
    }

    private static EdgeRoute route(LayoutEdge e, NodeBox a, NodeBox b) {
        if (a.layer() == b.layer()) {
            double bottom = a.y() + a.height();
            double dip = bottom + LAYER_GAP / 3;
            return new EdgeRoute(e.from(), e.to(), e.kind(), List.of(new Point(a.centerX(), bottom),
                    new Point(a.centerX(), dip), new Point(b.centerX(), dip), new Point(b.centerX(), b.y() + b.height())));
        }
        return new EdgeRoute(e.from(), e.to(), e.kind(),
                List.of(new Point(a.centerX(), a.y() + a.height()), new Point(b.centerX(), b.y())));
    }
}
