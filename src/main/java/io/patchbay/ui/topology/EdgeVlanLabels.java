package io.patchbay.ui.topology;

import io.patchbay.layout.EdgeRoute;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.Point;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The VLAN tags drawn on port-to-switch edges ({@link EdgeVlanText}): a small pill on the edge just
 * off the port (where the edges of neighbouring ports are furthest apart), kept in the edges'
 * strips so it is culled with them.
 */
final class EdgeVlanLabels {
    static final String STYLE = "edge-vlan-tag";
    /** Half the width a label may take, for the strip it is culled with. */
    private static final double HALF_EXTENT = 60;
    private final Map<EdgeEnds, Tag> views = new HashMap<>();

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
            Tag t = views.computeIfAbsent(ends, k -> new Tag());
            t.set(text, a, b);
            strips.place(t, a.x() - HALF_EXTENT, a.x() + HALF_EXTENT);
        }
        views.keySet().removeIf(k -> {
            if (!keep.contains(k)) {
                Strips.detach(views.get(k));
                return true;
            }
            return false;
        });
    }

    /** The text on the edge between two nodes (either order), or null. */
    String text(String a, String b) {
        Tag t = views.get(new EdgeEnds(a, b));
        t = t != null ? t : views.get(new EdgeEnds(b, a));
        return t == null ? null : t.text.getText();
    }

    /** A rounded box around the text, sized from the text whenever its font or words change. */
    private static final class Tag extends Group {
        private final Rectangle box = new Rectangle();
        private final Text text = new Text();
        private Point port = new Point(0, 0);
        private Point toward = new Point(0, 1);

        Tag() {
            getStyleClass().add(STYLE);
            box.getStyleClass().add(STYLE + "-box");
            text.getStyleClass().add(STYLE + "-text");
            text.setTextOrigin(VPos.TOP);
            box.setArcWidth(12);
            box.setArcHeight(12);
            getChildren().addAll(box, text);
            setMouseTransparent(true);
            text.layoutBoundsProperty().addListener((o, was, now) -> fit());
        }

        /** Shows {@code words} on the segment from {@code portEnd} toward {@code next}. */
        void set(String words, Point portEnd, Point next) {
            port = portEnd;
            toward = next;
            text.setText(words);
            fit();
        }

        private void fit() {
            Bounds b = text.getLayoutBounds();
            double w = Math.ceil(b.getWidth()) + 10;
            double h = Math.ceil(b.getHeight()) + 2;
            // the box's centre: half its height plus a gap off the port, at most half the segment
            double dx = toward.x() - port.x();
            double dy = toward.y() - port.y();
            double len = Math.hypot(dx, dy);
            double along = len == 0 ? 0 : Math.min(len / 2, h / 2 + 8) / len;
            double x = port.x() + dx * along;
            double y = port.y() + dy * along;
            text.setX(Math.round(x - b.getWidth() / 2));
            text.setY(Math.round(y - h / 2) + 1);
            box.setX(Math.round(x - w / 2) - 0.5);
            box.setY(Math.round(y - h / 2) - 0.5);
            box.setWidth(w);
            box.setHeight(h);
        }
    }
}
