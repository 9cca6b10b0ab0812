package io.patchbay.ui;

import javafx.stage.Stage;

/**
 * The window size of the screenshot tools: 1600x1000 (the README's), or {@code -Dshots.size=1280x800}
 * to look at the same pictures on a smaller screen.
 */
record ShotSize(int width, int height) {
    static ShotSize chosen() {
        String s = System.getProperty("shots.size", "1600x1000");
        String[] wh = s.split("x", 2);
        if (wh.length != 2) {
            throw new IllegalArgumentException("shots.size is WIDTHxHEIGHT, not " + s);
        }
        return new ShotSize(Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip()));
    }

    void applyTo(Stage stage) {
        stage.setWidth(width);
        stage.setHeight(height);
    }
}
