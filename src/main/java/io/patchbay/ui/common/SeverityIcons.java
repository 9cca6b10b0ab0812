package io.patchbay.ui.common;

import io.patchbay.problems.Severity;

/** The Ikonli glyph of a problem's severity (beside its word, never colour alone): a cross for an error, a triangle for a warning. */
public final class SeverityIcons {
    private SeverityIcons() {
    }

    public static String literal(Severity s) {
        return switch (s) {
            case ERROR -> "mdi2c-close-circle";
            case WARNING -> "mdi2a-alert";
        };
    }

    /** The style class of its colour ({@code severity-error}, {@code severity-warning}). */
    public static String styleClass(Severity s) {
        return "severity-" + s.wireName();
    }
}
