package io.patchbay.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The straightforward, map-based version of {@link LayeredLayout} that the array-based one was
 * optimised from, kept as the reference it must agree with node for node
 * ({@link LayeredLayoutAgreesWithReferenceTest}).
 */
final class ReferenceLayeredLayout {
    public static final double NODE_GAP = 14;
    public static final double LAYER_GAP = 64;
    public static final double ROW_HEIGHT = 40;
    public static final double HOST_GAP = 48;
    public static final double PADDING = 20;
    public static final double HEADER = 34;
    private static final int SWEEPS = 6;
    /** Rows up to this size are improved by sifting. */
    private static final int SIFT_ROW = 16;
    private static final int ROWS = Layer.values().length;

    private ReferenceLayeredLayout() {
    }

    public static Layout compute(LayoutGraph graph) {
        return compute(graph, null);
    }

    /** Lays out {@code graph}; with a {@code previous} layout, keeps the order of the nodes it knew. */
    public static Layout compute(LayoutGraph graph, Layout previous) {
        Map<String, LayoutNode> byId = new HashMap<>(graph.nodes().size() * 2);
        for (LayoutNode n : graph.nodes()) {
            byId.putIfAbsent(n.id(), n);
        }
        Map<String, List<String>> up = new HashMap<>();
        Map<String, List<String>> down = new HashMap<>();
        List<LayoutEdge> kept = new ArrayList<>();
        for (LayoutEdge e : graph.edges()) {
            LayoutNode a = byId.get(e.from());
            LayoutNode b = byId.get(e.to());
            if (a == null || b == null || a == b) {
                continue;
            }
            if (a.layer().ordinal() > b.layer().ordinal()) {
                LayoutNode t = a;
                a = b;
                b = t;
            }
            kept.add(new LayoutEdge(a.id(), b.id(), e.kind()));
            if (a.layer() != b.layer() && a.host().equals(b.host())) {
                down.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(b.id());
                up.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(a.id());
            }
        }
        Set<String> hostOrder = new LinkedHashSet<>(graph.hosts());
        Map<String, List<List<LayoutNode>>> rowsByHost = new HashMap<>();
        for (LayoutNode n : graph.nodes()) {
            if (byId.get(n.id()) != n) {
                continue;
            }
            hostOrder.add(n.host());
            rowsByHost.computeIfAbsent(n.host(), h -> emptyRows()).get(n.layer().ordinal()).add(n);
        }
        boolean[] used = new boolean[ROWS];
        rowsByHost.values().forEach(rows -> {
            for (int r = 0; r < ROWS; r++) {
                used[r] |= !rows.get(r).isEmpty();
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

        Map<String, NodeBox> boxes = new HashMap<>(byId.size() * 2);
        List<HostFrame> frames = new ArrayList<>();
        double left = 0;
        for (String host : hostOrder) {
            List<List<LayoutNode>> rows = rowsByHost.getOrDefault(host, emptyRows());
            Map<String, Double> xs = new HashMap<>();
            if (previous != null && knowsHost(previous, host)) {
                orderLike(rows, previous, up, down);
            } else {
                orderFresh(rows, up, down);
            }
            place(rows, up, down, xs);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (List<LayoutNode> row : rows) {
                for (LayoutNode n : row) {
                    double cx = xs.get(n.id());
                    min = Math.min(min, cx - n.width() / 2);
                    max = Math.max(max, cx + n.width() / 2);
                }
            }
            if (min > max) {
                min = 0;
                max = 160;
            }
            double shift = left + PADDING - min;
            for (List<LayoutNode> row : rows) {
                for (LayoutNode n : row) {
                    double cx = xs.get(n.id()) + shift;
                    double top = rowY[n.layer().ordinal()] + (ROW_HEIGHT - n.height()) / 2;
                    boxes.put(n.id(), new NodeBox(n.id(), host, n.layer(), cx - n.width() / 2, top, n.width(), n.height()));
                }
            }
            double w = Math.max(max - min, 160) + 2 * PADDING;
            frames.add(new HostFrame(host, left, 0, w, height));
            left += w + HOST_GAP;
        }
        List<EdgeRoute> routes = new ArrayList<>(kept.size());
        for (LayoutEdge e : kept) {
            routes.add(route(e, boxes.get(e.from()), boxes.get(e.to())));
        }
        double width = Math.max(0, left - HOST_GAP);
        return HostGrid.arrange(new Layout(boxes, routes, frames, width, frames.isEmpty() ? 0 : height), HOST_GAP);
    }

    private static List<List<LayoutNode>> emptyRows() {
        List<List<LayoutNode>> rows = new ArrayList<>(ROWS);
        for (int r = 0; r < ROWS; r++) {
            rows.add(new ArrayList<>());
        }
        return rows;
    }

    private static boolean knowsHost(Layout previous, String host) {
        return previous.hosts().stream().anyMatch(f -> f.host().equals(host));
    }

    /** Initial order by key, then barycenter sweeps down and up, ending with a down sweep. */
    private static void orderFresh(List<List<LayoutNode>> rows, Map<String, List<String>> up,
                                   Map<String, List<String>> down) {
        Map<String, Double> pos = new HashMap<>();
        for (List<LayoutNode> row : rows) {
            row.sort(Comparator.comparing(LayoutNode::key, NaturalOrder.INSTANCE));
            normalise(row, pos);
        }
        for (int s = 0; s < SWEEPS; s++) {
            boolean downwards = s % 2 == 0;
            if (downwards) {
                for (int r = 1; r < ROWS; r++) {
                    sortBy(rows.get(r), up, pos, false);
                }
            } else {
                for (int r = ROWS - 2; r >= 0; r--) {
                    sortBy(rows.get(r), down, pos, false);
                }
            }
        }
        // the last sweep takes the median: a VM with vNICs on two bridges stays by the first
        for (int r = 1; r < ROWS; r++) {
            sortBy(rows.get(r), up, pos, true);
        }
        sift(rows, up, down, pos);
    }

    /**
     * Sifting on the lowest short row (usually the bridges): each node tries every place in its
     * row, the rows below follow by a median sweep, and the place with the fewest crossings wins;
     * the rows above then follow it. This is what puts two bridges that share VMs side by side.
     */
    private static void sift(List<List<LayoutNode>> rows, Map<String, List<String>> up,
                             Map<String, List<String>> down, Map<String, Double> pos) {
        for (int r = ROWS - 2; r >= 0; r--) {
            List<LayoutNode> row = rows.get(r);
            if (row.size() < 3 || row.size() > SIFT_ROW) {
                continue;
            }
            long best = trial(rows, r, up, pos, false);
            if (best == 0) {
                return;
            }
            for (LayoutNode n : List.copyOf(row)) {
                int from = row.indexOf(n);
                int bestAt = from;
                row.remove(from);
                for (int at = 0; at <= row.size(); at++) {
                    if (at == from) {
                        continue;
                    }
                    row.add(at, n);
                    long c = trial(rows, r, up, pos, false);
                    if (c < best) {
                        best = c;
                        bestAt = at;
                    }
                    row.remove(at);
                }
                row.add(bestAt, n);
            }
            trial(rows, r, up, pos, true);
            // the short rows above follow the sifted one
            for (int u = r - 1; u >= 0; u--) {
                sortBy(rows.get(u), down, pos, false);
            }
            return;
        }
    }

    /** Crossings after the rows below {@code r} follow row {@code r}; {@code keep} keeps their new order. */
    private static long trial(List<List<LayoutNode>> rows, int r, Map<String, List<String>> up,
                              Map<String, Double> pos, boolean keep) {
        List<List<LayoutNode>> work = new ArrayList<>(rows.size());
        Map<String, Double> p = pos;
        for (int i = 0; i < rows.size(); i++) {
            work.add(keep || i <= r ? rows.get(i) : new ArrayList<>(rows.get(i)));
        }
        normalise(work.get(r), p);
        for (int i = r + 1; i < ROWS; i++) {
            sortBy(work.get(i), up, p, true);
        }
        long c = orderCrossings(work, up, p, r);
        if (!keep) {
            for (int i = r + 1; i < ROWS; i++) {
                normalise(rows.get(i), p);
            }
        }
        return c;
    }

    /** Crossings between consecutive rows from the order alone (inversions of edge ends). */
    private static long orderCrossings(List<List<LayoutNode>> rows, Map<String, List<String>> up,
                                       Map<String, Double> pos, int from) {
        long total = 0;
        for (int r = Math.max(1, from); r < ROWS; r++) {
            List<double[]> ends = new ArrayList<>();
            for (LayoutNode n : rows.get(r)) {
                List<String> ns = up.get(n.id());
                if (ns != null) {
                    for (String u : ns) {
                        ends.add(new double[] {pos.get(u), pos.get(n.id())});
                    }
                }
            }
            ends.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
            double[] lower = new double[ends.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = ends.get(i)[1];
            }
            total += inversions(lower, new double[lower.length], 0, lower.length);
        }
        return total;
    }

    private static long inversions(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long c = inversions(a, tmp, lo, mid) + inversions(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (a[i] <= a[j]) {
                tmp[k++] = a[i++];
            } else {
                c += mid - i;
                tmp[k++] = a[j++];
            }
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
        return c;
    }

    private static void normalise(List<LayoutNode> row, Map<String, Double> pos) {
        int n = row.size();
        for (int i = 0; i < n; i++) {
            pos.put(row.get(i).id(), (i + 0.5) / n);
        }
    }

    private static void sortBy(List<LayoutNode> row, Map<String, List<String>> neighbours,
                               Map<String, Double> pos, boolean median) {
        int n = row.size();
        if (n < 2) {
            return;
        }
        Keyed[] keyed = new Keyed[n];
        for (int i = 0; i < n; i++) {
            LayoutNode node = row.get(i);
            List<String> ns = neighbours.get(node.id());
            Double m = median ? median(ns, pos) : mean(ns, pos);
            double before = pos.get(node.id());
            keyed[i] = new Keyed(node, m != null ? m : before, before);
        }
        java.util.Arrays.sort(keyed);
        for (int i = 0; i < n; i++) {
            row.set(i, keyed[i].node());
        }
        normalise(row, pos);
    }

    /** A node with its sort value and its place before the sort (the tie-breaker). */
    private record Keyed(LayoutNode node, double value, double before) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed o) {
            int c = Double.compare(value, o.value);
            return c != 0 ? c : Double.compare(before, o.before);
        }
    }

    /** Known nodes keep the order they had; new nodes go to the barycenter of their neighbours. */
    private static void orderLike(List<List<LayoutNode>> rows, Layout previous, Map<String, List<String>> up,
                                  Map<String, List<String>> down) {
        Map<String, Double> at = new HashMap<>();
        for (List<LayoutNode> row : rows) {
            for (LayoutNode n : row) {
                NodeBox b = previous.nodes().get(n.id());
                if (b != null) {
                    at.put(n.id(), b.centerX());
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (List<LayoutNode> row : rows) {
                for (LayoutNode n : row) {
                    if (!at.containsKey(n.id())) {
                        Double b = mean(up.get(n.id()), at);
                        if (b == null) {
                            b = mean(down.get(n.id()), at);
                        }
                        if (b != null) {
                            at.put(n.id(), b + 0.001);
                        }
                    }
                }
            }
        }
        for (List<LayoutNode> row : rows) {
            row.sort(Comparator.<LayoutNode>comparingDouble(n -> at.getOrDefault(n.id(), Double.MAX_VALUE))
                    .thenComparing(LayoutNode::key, NaturalOrder.INSTANCE));
        }
    }

    private static Double mean(List<String> ids, Map<String, Double> values) {
        if (ids == null) {
            return null;
        }
        double sum = 0;
        int n = 0;
        for (String id : ids) {
            Double v = values.get(id);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /**
     * The lower median of the neighbours' values: a VM with vNICs on two bridges goes to the first
     * of them instead of between the two, which keeps its long edge from crossing a whole group.
     */
    private static Double median(List<String> ids, Map<String, Double> values) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        if (ids.size() == 1) {
            return values.get(ids.get(0));
        }
        double[] v = new double[ids.size()];
        int n = 0;
        for (String id : ids) {
            Double x = values.get(id);
            if (x != null) {
                v[n++] = x;
            }
        }
        if (n == 0) {
            return null;
        }
        java.util.Arrays.sort(v, 0, n);
        return v[(n - 1) / 2];
    }

    /** Coordinates: pack the top row, centre rows below under their parents, parents over children, again. */
    private static void place(List<List<LayoutNode>> rows, Map<String, List<String>> up,
                              Map<String, List<String>> down, Map<String, Double> xs) {
        double x = 0;
        for (LayoutNode n : rows.get(0)) {
            xs.put(n.id(), x + n.width() / 2);
            x += n.width() + NODE_GAP;
        }
        for (int r = 1; r < ROWS; r++) {
            resolve(rows.get(r), desired(rows.get(r), up, xs), xs);
        }
        for (int r = ROWS - 2; r >= 0; r--) {
            resolve(rows.get(r), desired(rows.get(r), down, xs), xs);
        }
        for (int r = 1; r < ROWS; r++) {
            resolve(rows.get(r), desired(rows.get(r), up, xs), xs);
        }
    }

    private static double[] desired(List<LayoutNode> row, Map<String, List<String>> neighbours, Map<String, Double> xs) {
        double[] d = new double[row.size()];
        for (int i = 0; i < d.length; i++) {
            LayoutNode n = row.get(i);
            Double m = median(neighbours.get(n.id()), xs);
            d[i] = m != null ? m : xs.getOrDefault(n.id(), Double.NaN);
        }
        return d;
    }

    /**
     * Places a row in its order as near its desired centres as it can without overlap: the mean
     * of a left-to-right and a right-to-left packing (both keep the gaps, so their mean does too).
     */
    private static void resolve(List<LayoutNode> row, double[] d, Map<String, Double> xs) {
        int n = row.size();
        if (n == 0) {
            return;
        }
        double[] sep = new double[n];
        for (int i = 1; i < n; i++) {
            sep[i] = (row.get(i - 1).width() + row.get(i).width()) / 2 + NODE_GAP;
        }
        int firstKnown = -1;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(d[i])) {
                firstKnown = i;
                break;
            }
        }
        if (firstKnown < 0) {
            d[0] = 0;
            firstKnown = 0;
        }
        for (int i = firstKnown - 1; i >= 0; i--) {
            d[i] = d[i + 1] - sep[i + 1];
        }
        for (int i = firstKnown + 1; i < n; i++) {
            if (Double.isNaN(d[i])) {
                d[i] = d[i - 1] + sep[i];
            }
        }
        double[] f = new double[n];
        double[] b = new double[n];
        f[0] = d[0];
        for (int i = 1; i < n; i++) {
            f[i] = Math.max(d[i], f[i - 1] + sep[i]);
        }
        b[n - 1] = d[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            b[i] = Math.min(d[i], b[i + 1] - sep[i + 1]);
        }
        for (int i = 0; i < n; i++) {
            xs.put(row.get(i).id(), (f[i] + b[i]) / 2);
        }
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
