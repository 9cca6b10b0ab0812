package io.patchbay.problems;

import java.util.Locale;

/** How bad a problem is: an error breaks traffic now; a warning will, or may. */
public enum Severity {
    ERROR, WARNING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
