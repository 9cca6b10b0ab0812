package io.patchbay.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.patchbay.ui.common.CjkFont;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer Light or Primer Dark as the application's user-agent
 * stylesheet (every window, dialog, menu, tooltip and popup wears it), plus the console's own
 * stylesheet, the few colours of the theme's graph palette that Primer has no variable for and, in
 * Japanese, the font that has its glyphs ({@link CjkFont}).
 */
public final class Themes {
    private static final String BASE = "/css/patchbay.css";
    private static final String LIGHT = "/css/theme-light.css";
    private static final String DARK = "/css/theme-dark.css";
    /** The binary forms: parsed faster than the 170 KB of CSS each (the first frame waits for it). */
    private static final String PRIMER_LIGHT = new PrimerLight().getUserAgentStylesheetBSS();
    private static final String PRIMER_DARK = new PrimerDark().getUserAgentStylesheetBSS();

    private Themes() {
    }

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? PRIMER_DARK : PRIMER_LIGHT);
        List<String> sheets = new ArrayList<>(List.of(url(BASE), url(dark ? DARK : LIGHT)));
        CjkFont.familyFor(Locale.getDefault()).ifPresent(f -> sheets.add(CjkFont.stylesheet(f)));
        scene.getStylesheets().setAll(sheets);
    }

    /** Whether {@code scene} wears the dark theme. */
    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(url(DARK));
    }

    private static String url(String path) {
        return Themes.class.getResource(path).toExternalForm();
    }
}
