package io.patchbay.settings;

import java.util.Locale;

/** The console's colours. */
public enum Theme {
    LIGHT, DARK;

    /** The name in console.json. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme of a console.json name, or null when there is none of that name. */
    public static Theme ofWireName(String s) {
        for (Theme t : values()) {
            if (t.wireName().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
