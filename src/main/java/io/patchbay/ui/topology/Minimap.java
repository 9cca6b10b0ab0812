package io.patchbay.ui.topology;

import io.patchbay.layout.HostFrame;
import io.patchbay.layout.Layout;
import io.patchbay.layout.NodeBox;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The whole picture in small at a corner of the graph, with the part in view outlined: a click or
 * a drag there moves the view to that place. Shown only while the picture is larger than the view.
 * The boxes are painted once per layout on one canvas (cheap for thousands of nodes); a pan or a
 * zoom moves only the outline.
 */
final class Minimap extends Region {
    /** The longest side of the minimap, in pixels. */
    static final double SIZE = 200;
    private static final double INSET = 6;
    private final Canvas canvas = new Canvas();
    private final Rectangle viewport = new Rectangle();
    private final PictureTarget target;
    private double scale = 1;

    /** Where a click in the minimap sends the view: the picture point to centre on. */
    interface PictureTarget {
        void centreAt(double x, double y);
    }

    Minimap(PictureTarget target) {
        this.target = target;
        setId("minimap");
        getStyleClass().add("minimap");
        viewport.getStyleClass().add("minimap-viewport");
        viewport.setManaged(false);
        viewport.setMouseTransparent(true);
        canvas.setManaged(false);
        // painted once per layout: a pan redraws only the outline, not thousands of boxes
        canvas.setCache(true);
        getChildren().addAll(canvas, viewport);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::go);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::go);
        // a press here is not the start of a pan or a drag of the picture behind
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    private void go(MouseEvent e) {
        if (scale > 0) {
            target.centreAt((e.getX() - INSET) / scale, (e.getY() - INSET) / scale);
        }
    }

    /** Paints {@code layout} in small. */
    void draw(Layout layout) {
        double longest = Math.max(1, Math.max(layout.width(), layout.height()));
        scale = (SIZE - 2 * INSET) / longest;
        double w = Math.max(24, layout.width() * scale + 2 * INSET);
        double h = Math.max(24, layout.height() * scale + 2 * INSET);
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        resize(w, h);
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.gray(0.5, 0.18));
        for (HostFrame f : layout.hosts()) {
            g.fillRect(INSET + f.x() * scale, INSET + f.y() * scale, f.width() * scale, f.height() * scale);
        }
        g.setFill(Color.rgb(70, 120, 200, 0.8));
        for (NodeBox b : layout.nodes().values()) {
            g.fillRect(INSET + b.x() * scale, INSET + b.y() * scale, Math.max(1, b.width() * scale), Math.max(1, b.height() * scale));
        }
    }

    /** Outlines the part of the picture in view, {@code x0,y0} to {@code x1,y1} in picture coordinates. */
    void showViewport(double x0, double y0, double x1, double y1) {
        double w = getWidth();
        double h = getHeight();
        double left = Math.max(0, INSET + x0 * scale);
        double top = Math.max(0, INSET + y0 * scale);
        double right = Math.min(w, INSET + x1 * scale);
        double bottom = Math.min(h, INSET + y1 * scale);
        viewport.setX(left);
        viewport.setY(top);
        viewport.setWidth(Math.max(2, right - left));
        viewport.setHeight(Math.max(2, bottom - top));
    }

    /** The outline of the view (tests). */
    Rectangle viewport() {
        return viewport;
    }
}
