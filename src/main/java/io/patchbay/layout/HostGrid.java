package io.patchbay.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arranges the hosts of a side-by-side layout in a grid of shelves, left to right then top to
 * bottom, as wide as draws the picture largest in a box {@link #ASPECT} wide for its height, rather
 * than one long strip whose labels a fit makes unreadable (and whose export is a 16384-pixel
 * ribbon). A host's rows close up over the rows it does not use. Every host also gets a gutter at its left for the names of its rows ({@link RowNames}).
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
        return arrange(sideBySide, gap, ASPECT);
    }

    /** As {@link #arrange(Layout, double)}, for a box {@code aspect} wide for its height (a view's). */
    public static Layout arrange(Layout sideBySide, double gap, double aspect) {
        List<HostFrame> frames = sideBySide.hosts();
        if (frames.isEmpty()) {
            return sideBySide;
        }
        Map<String, Map<Layer, Double>> rise = new HashMap<>();
        frames = compact(sideBySide, rise);
        double limit = bestWidth(frames, gap, aspect > 0 && Double.isFinite(aspect) ? aspect : ASPECT);
        Map<String, double[]> shift = new HashMap<>();
        List<HostFrame> placed = new ArrayList<>(frames.size());
        double[] size = shelves(frames, gap, limit, shift, placed);
        double width = size[0];
        Map<String, NodeBox> boxes = new HashMap<>(sideBySide.nodes().size() * 2);
        for (NodeBox b : sideBySide.nodes().values()) {
            double[] d = shift.get(b.host());
            double up = rise.get(b.host()).get(b.layer());
            boxes.put(b.id(), new NodeBox(b.id(), b.host(), b.layer(), b.x() + d[0], b.y() + d[1] - up, b.width(), b.height()));
        }
        List<EdgeRoute> routes = new ArrayList<>(sideBySide.edges().size());
        for (EdgeRoute e : sideBySide.edges()) {
            NodeBox from = sideBySide.nodes().get(e.from());
            NodeBox to = sideBySide.nodes().get(e.to());
            double[] d = from == null ? new double[2] : shift.get(from.host());
            double fromUp = from == null ? 0 : rise.get(from.host()).get(from.layer());
            double toUp = to == null ? fromUp : rise.get(to.host()).getOrDefault(to.layer(), fromUp);
            List<Point> pts = new ArrayList<>(e.points().size());
            int last = e.points().size() - 1;
            for (int i = 0; i <= last; i++) {
                Point p = e.points().get(i);
                // the last point is on the lower node, the others on (or just below) the upper one
                pts.add(new Point(p.x() + d[0], p.y() + d[1] - (i == last ? toUp : fromUp)));
            }
            routes.add(new EdgeRoute(e.from(), e.to(), e.kind(), pts));
        }
        return new Layout(boxes, routes, placed, width, size[1]);
    }

    /**
     * Closes up the rows a host does not use (all hosts share the same rows side by side): the
     * host's k-th row moves up to the picture's k-th row. Fills {@code rise} (per host, per layer,
     * how far up) and returns the frames with their new heights.
     */
    private static List<HostFrame> compact(Layout l, Map<String, Map<Layer, Double>> rise) {
        // rows are in layer order, top to bottom; every box of a layer has the same centre
        Map<Layer, Double> centre = new java.util.EnumMap<>(Layer.class);
        Map<String, java.util.EnumSet<Layer>> used = new HashMap<>();
        for (NodeBox b : l.nodes().values()) {
            centre.putIfAbsent(b.layer(), b.centerY());
            used.computeIfAbsent(b.host(), h -> java.util.EnumSet.noneOf(Layer.class)).add(b.layer());
        }
        List<Double> global = new ArrayList<>(centre.values());
        List<HostFrame> out = new ArrayList<>(l.hosts().size());
        for (HostFrame f : l.hosts()) {
            Map<Layer, Double> up = new java.util.EnumMap<>(Layer.class);
            rise.put(f.host(), up);
            java.util.EnumSet<Layer> own = used.get(f.host());
            if (own == null) {
                out.add(f);
                continue;
            }
            int k = 0;
            for (Layer layer : own) {
                up.put(layer, centre.get(layer) - global.get(k++));
            }
            double unused = global.get(global.size() - 1) - global.get(k - 1);
            out.add(new HostFrame(f.host(), f.x(), f.y(), f.width(), f.height() - unused));
        }
        return out;
    }

    /**
     * The width of a shelf that lets the whole grid be drawn largest in a box {@code aspect} wide
     * for its height: every width at which a shelf can break (the hosts in their order) is tried.
     */
    private static double bestWidth(List<HostFrame> frames, double gap, double aspect) {
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
            double scale = Math.min(aspect / size[0], 1 / size[1]);
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
