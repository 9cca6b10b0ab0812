package io.patchbay.ui.settings;

import io.patchbay.settings.WindowGeometry;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's bounds: restored before it shows (only where a screen still is), and followed
 * while it moves. While maximized, the bounds it returns to are the ones remembered.
 */
final class WindowPlacement {
    private final Stage stage;
    private WindowGeometry normal;

    private WindowPlacement(Stage stage, WindowGeometry normal) {
        this.stage = stage;
        this.normal = normal;
    }

    /** Puts the window where {@code g} says (null: leaves it as it is), before it shows. */
    static void restore(Stage stage, WindowGeometry g) {
        if (g == null) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(g.x(), g.y(), g.width(), g.height());
        var screens = Screen.getScreensForRectangle(wanted);
        Rectangle2D area = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        stage.setWidth(Math.min(g.width(), area.getWidth()));
        stage.setHeight(Math.min(g.height(), area.getHeight()));
        if (screens.isEmpty()) {
            stage.centerOnScreen(); // the screen it was on is gone
        } else {
            stage.setX(g.x());
            stage.setY(g.y());
        }
        stage.setMaximized(g.maximized());
    }

    /** Follows {@code stage}'s bounds from now on; {@code changed} runs after each change. */
    static WindowPlacement follow(Stage stage, WindowGeometry restored, Runnable changed) {
        WindowPlacement p = new WindowPlacement(stage, restored);
        p.record();
        stage.xProperty().addListener((o, a, b) -> p.moved(changed));
        stage.yProperty().addListener((o, a, b) -> p.moved(changed));
        stage.widthProperty().addListener((o, a, b) -> p.moved(changed));
        stage.heightProperty().addListener((o, a, b) -> p.moved(changed));
        stage.maximizedProperty().addListener((o, a, b) -> changed.run());
        return p;
    }

    private void moved(Runnable changed) {
        record();
        changed.run();
    }

    private void record() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        double x = stage.getX();
        double y = stage.getY();
        double w = stage.getWidth();
        double h = stage.getHeight();
        if (Double.isFinite(x) && Double.isFinite(y) && w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h)) {
            normal = new WindowGeometry(x, y, w, h, false);
        }
    }

    /** The bounds to remember, or null when the window never had any. */
    WindowGeometry current() {
        return normal == null ? null
                : new WindowGeometry(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }
}
