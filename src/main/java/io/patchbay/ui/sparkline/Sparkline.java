package io.patchbay.ui.sparkline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.layout.Region;

/**
 * A small line chart without axes: one polyline per series over a shared x range, all scaled to
 * the largest y (0 at the bottom), a dot on each series' last point. Sizes with its region; the
 * colours come from the series' style classes.
 */
public final class Sparkline extends Region {
    /** One line: its style class and its points ({@code x} within the shown range, {@code y} from 0). */
    public record Series(String styleClass, double[] x, double[] y) {
        public Series {
            Objects.requireNonNull(styleClass, "styleClass");
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y differ in length");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    private static final double PAD = 3;
    private final Line baseline = new Line();
    private final List<Polyline> lines = new ArrayList<>();
    private final List<Circle> dots = new ArrayList<>();
    private List<Series> series = List.of();
    private double xFrom;
    private double xTo = 1;

    public Sparkline() {
        getStyleClass().add("sparkline");
        baseline.getStyleClass().add("sparkline-baseline");
        getChildren().add(baseline);
        setPrefSize(240, 44);
        setMinHeight(30);
    }

    /** Shows {@code series} over {@code xFrom..xTo}. */
    public void show(double xFrom, double xTo, List<Series> series) {
        this.xFrom = xFrom;
        this.xTo = xTo > xFrom ? xTo : xFrom + 1;
        this.series = List.copyOf(series);
        getChildren().removeAll(lines);
        getChildren().removeAll(dots);
        lines.clear();
        dots.clear();
        for (Series s : this.series) {
            Polyline p = new Polyline();
            p.getStyleClass().addAll("sparkline-line", s.styleClass());
            Circle c = new Circle(2.2);
            c.getStyleClass().addAll("sparkline-dot", s.styleClass());
            c.setVisible(s.x().length > 0);
            lines.add(p);
            dots.add(c);
        }
        getChildren().addAll(lines);
        getChildren().addAll(dots);
        draw();
        requestLayout();
    }

    /** How many points the drawn line of the series with {@code styleClass} has (0 when there is none). */
    public int drawnPoints(String styleClass) {
        for (Polyline p : lines) {
            if (p.getStyleClass().contains(styleClass)) {
                return p.getPoints().size() / 2;
            }
        }
        return 0;
    }

    @Override
    protected void layoutChildren() {
        draw();
    }

    /** Places the lines in the region's current size (its preferred size before the first layout). */
    private void draw() {
        double w = getWidth() > 0 ? getWidth() : getPrefWidth();
        double h = getHeight() > 0 ? getHeight() : getPrefHeight();
        double max = 0;
        for (Series s : series) {
            for (double y : s.y()) {
                max = Math.max(max, y);
            }
        }
        double top = max > 0 ? max : 1;
        baseline.setStartX(PAD);
        baseline.setEndX(w - PAD);
        baseline.setStartY(h - PAD);
        baseline.setEndY(h - PAD);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            List<Double> pts = new ArrayList<>(s.x().length * 2);
            for (int j = 0; j < s.x().length; j++) {
                pts.add(PAD + (s.x()[j] - xFrom) / (xTo - xFrom) * (w - 2 * PAD));
                pts.add(h - PAD - s.y()[j] / top * (h - 2 * PAD));
            }
            lines.get(i).getPoints().setAll(pts);
            if (!pts.isEmpty()) {
                dots.get(i).setCenterX(pts.get(pts.size() - 2));
                dots.get(i).setCenterY(pts.get(pts.size() - 1));
            }
        }
    }
}
