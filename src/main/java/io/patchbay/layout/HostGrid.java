package io.patchbay.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arranges the hosts of a side-by-side layout in a grid of shelves, left to right then top to
 * bottom, as wide as draws the picture largest in a box {@link #ASPECT} wide for its height, rather
 * than one long strip whose labels a fit makes unreadable (and whose export is a 16384-pixel
 * ribbon). Every host also gets a gutter at its left for the names of its rows ({@link RowNames}).
 * One host is only widened by its gutter. Pure Java.
 */
public final class HostGrid {
    /** The width for height the grid aims at: about a console's graph pane, or a landscape page. */
    public static final double ASPECT = 1.6;
    /** Room at the left of each host for its rows' names. */
    public static final double GUTTER = 84;

    private HostGrid() {
    }

    /** {@code sideBySide} with its hosts in a grid; boxes and routes move with their host. */
    public static Layout arrange(Layout sideBySide, double gap) {
        List<HostFrame> frames = sideBySide.hosts();
        if (frames.isEmpty()) {
            return sideBySide;
        }
        double limit = bestWidth(frames, gap);
        Map<String, double[]> shift = new HashMap<>();
        List<HostFrame> placed = new ArrayList<>(frames.size());
        double[] size = shelves(frames, gap, limit, shift, placed);
        double width = size[0];
        Map<String, NodeBox> boxes = new HashMap<>(sideBySide.nodes().size() * 2);
        for (NodeBox b : sideBySide.nodes().values()) {
            double[] d = shift.get(b.host());
            boxes.put(b.id(), new NodeBox(b.id(), b.host(), b.layer(), b.x() + d[0], b.y() + d[1], b.width(), b.height()));
        }
        List<EdgeRoute> routes = new ArrayList<>(sideBySide.edges().size());
        for (EdgeRoute e : sideBySide.edges()) {
            NodeBox from = sideBySide.nodes().get(e.from());
            double[] d = from == null ? new double[2] : shift.get(from.host());
            List<Point> pts = new ArrayList<>(e.points().size());
            for (Point p : e.points()) {
                pts.add(new Point(p.x() + d[0], p.y() + d[1]));
            }
            routes.add(new EdgeRoute(e.from(), e.to(), e.kind(), pts));
        }
        return new Layout(boxes, routes, placed, width, size[1]);
    }

    /**
     * The width of a shelf that lets the whole grid be drawn largest in a box {@link #ASPECT} wide
     * for its height: every width at which a shelf can break (the hosts in their order) is tried.
     */
    private static double bestWidth(List<HostFrame> frames, double gap) {
        double best = 0;
        double bestScale = -1;
        double widest = 0;
        for (HostFrame f : frames) {
            widest = Math.max(widest, f.width() + GUTTER);
        }
        double run = -gap;
        for (HostFrame f : frames) {
            run += f.width() + GUTTER + gap;
            double limit = Math.max(widest, run);
            double[] size = shelves(frames, gap, limit, null, null);
            double scale = Math.min(ASPECT / size[0], 1 / size[1]);
            if (scale > bestScale + 1e-12) {
                bestScale = scale;
                best = limit;
            }
        }
        return best;
    }

    /**
     * Puts the hosts on shelves no wider than {@code limit}; fills {@code shift} (per host, how far
     * its contents move) and {@code placed} (the frames) when given. Returns the grid's width and height.
     */
    private static double[] shelves(List<HostFrame> frames, double gap, double limit, Map<String, double[]> shift,
                                    List<HostFrame> placed) {
        double x = 0;
        double y = 0;
        double shelf = 0;
        double width = 0;
        for (HostFrame f : frames) {
            double w = f.width() + GUTTER;
            if (x > 0 && x + w > limit + 1e-9) {
                x = 0;
                y += shelf + gap;
                shelf = 0;
            }
            if (shift != null) {
                shift.put(f.host(), new double[] {x + GUTTER - f.x(), y - f.y()});
                placed.add(new HostFrame(f.host(), x, y, w, f.height()));
            }
            width = Math.max(width, x + w);
            shelf = Math.max(shelf, f.height());
            x += w + gap;
        }
        return new double[] {width, y + shelf};
    }
}
