package io.patchbay.ui.topology;

import io.patchbay.layout.EdgeRoute;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.Point;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The VLAN tags drawn on port-to-switch edges ({@link EdgeVlanText}): a small pill in the middle
 * of the edge's segment next to the port, kept in the edges' strips so it is culled with them.
 */
final class EdgeVlanLabels {
    static final String STYLE = "edge-vlan-tag";
    private static final String ANCHOR = "patchbay.vlanAnchor";
    /** Half the width a label may take, for the strip it is culled with. */
    private static final double HALF_EXTENT = 60;
    private final Map<EdgeEnds, Label> views = new HashMap<>();

    /** Adds, updates and removes labels for the edges of a new scene. */
    void update(List<EdgeRoute> routes, Map<String, GraphSubject> subjects, Strips strips) {
        Set<EdgeEnds> keep = new HashSet<>();
        for (EdgeRoute e : routes) {
            GraphSubject from = subjects.get(e.from());
            String text = EdgeVlanText.of(from, subjects.get(e.to()));
            if (text == null || e.points().size() < 2) {
                continue;
            }
            EdgeEnds ends = new EdgeEnds(e.from(), e.to());
            keep.add(ends);
            boolean portFirst = EdgeVlanText.isPort(from);
            List<Point> pts = e.points();
            Point a = portFirst ? pts.get(0) : pts.get(pts.size() - 1);
            Point b = portFirst ? pts.get(1) : pts.get(pts.size() - 2);
            double x = (a.x() + b.x()) / 2;
            double y = (a.y() + b.y()) / 2;
            Label l = views.computeIfAbsent(ends, k -> {
                Label n = new Label();
                n.getStyleClass().add(STYLE);
                n.setManaged(false);
                n.setMouseTransparent(true);
                return n;
            });
            l.setText(text);
            l.getProperties().put(ANCHOR, new Point(x, y));
            strips.place(l, x - HALF_EXTENT, x + HALF_EXTENT);
            place(l);
        }
        views.keySet().removeIf(k -> {
            if (!keep.contains(k)) {
                Strips.detach(views.get(k));
                return true;
            }
            return false;
        });
    }

    /** Sizes the labels of a strip coming into the scene (their style is known only there). */
    void placeAll(Group strip) {
        for (Node n : strip.getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains(STYLE)) {
                place(l);
            }
        }
    }

    /** The label on the edge between two nodes (either order), or null. */
    Label view(String a, String b) {
        Label l = views.get(new EdgeEnds(a, b));
        return l != null ? l : views.get(new EdgeEnds(b, a));
    }

    private static void place(Label l) {
        if (!(l.getProperties().get(ANCHOR) instanceof Point p)) {
            return;
        }
        l.applyCss();
        double w = l.prefWidth(-1);
        double h = l.prefHeight(-1);
        l.resizeRelocate(Math.round(p.x() - w / 2), Math.round(p.y() - h / 2), w, h);
    }
}
