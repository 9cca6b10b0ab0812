package io.patchbay.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts edge crossings of a drawing the same way for any layout engine: each edge is the straight
 * segment between the centres of its two nodes; two edges cross when their segments properly
 * intersect (edges sharing a node never count).
 */
public final class Crossings {
    private Crossings() {
    }

    /** A segment between two named nodes. */
    public record Segment(String a, String b, double x1, double y1, double x2, double y2) {
    }

    public static long count(Layout layout) {
        List<Segment> segs = new ArrayList<>();
        Map<String, NodeBox> n = layout.nodes();
        for (EdgeRoute e : layout.edges()) {
            NodeBox a = n.get(e.from());
            NodeBox b = n.get(e.to());
            if (a != null && b != null) {
                segs.add(new Segment(e.from(), e.to(), a.centerX(), a.centerY(), b.centerX(), b.centerY()));
            }
        }
        return count(segs);
    }

    public static long count(List<Segment> segs) {
        int m = segs.size();
        double[] minX = new double[m];
        double[] maxX = new double[m];
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            Segment s = segs.get(i);
            minX[i] = Math.min(s.x1(), s.x2());
            maxX[i] = Math.max(s.x1(), s.x2());
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (p, q) -> Double.compare(minX[p], minX[q]));
        long crossings = 0;
        for (int ii = 0; ii < m; ii++) {
            int i = idx[ii];
            for (int jj = ii + 1; jj < m && minX[idx[jj]] <= maxX[i]; jj++) {
                int j = idx[jj];
                if (cross(segs.get(i), segs.get(j))) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static boolean cross(Segment s, Segment t) {
        if (s.a().equals(t.a()) || s.a().equals(t.b()) || s.b().equals(t.a()) || s.b().equals(t.b())) {
            return false;
        }
        double d1 = orient(t.x1(), t.y1(), t.x2(), t.y2(), s.x1(), s.y1());
        double d2 = orient(t.x1(), t.y1(), t.x2(), t.y2(), s.x2(), s.y2());
        double d3 = orient(s.x1(), s.y1(), s.x2(), s.y2(), t.x1(), t.y1());
        double d4 = orient(s.x1(), s.y1(), s.x2(), s.y2(), t.x2(), t.y2());
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return Math.abs(v) < 1e-9 ? 0 : v;
    }
}
