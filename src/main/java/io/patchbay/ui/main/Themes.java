package io.patchbay.ui.main;

import javafx.scene.Scene;

/** Light and dark themes: one base stylesheet plus a palette. */
public final class Themes {
    private static final String BASE = "/css/patchbay.css";
    private static final String LIGHT = "/css/theme-light.css";
    private static final String DARK = "/css/theme-dark.css";

    private Themes() {
    }

    public static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(url(BASE), url(dark ? DARK : LIGHT));
    }

    /** Whether {@code scene} wears the dark theme. */
    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(url(DARK));
    }

    private static String url(String path) {
        return Themes.class.getResource(path).toExternalForm();
    }
}
