package io.patchbay.ui.settings;

/** The languages the console offers: the system's, or one of its string bundles. */
enum ConsoleLanguage {
    SYSTEM(null), ENGLISH("en"), JAPANESE("ja");

    private final String tag;

    ConsoleLanguage(String tag) {
        this.tag = tag;
    }

    /** The language tag remembered in console.json, or null for the system's language. */
    String tag() {
        return tag;
    }

    /** The key of the language's name in the string bundles. */
    String nameKey() {
        return "settings.language." + (tag == null ? "system" : tag);
    }

    /** The choice of a remembered tag; a tag without a bundle of its own is the system's choice. */
    static ConsoleLanguage of(String tag) {
        for (ConsoleLanguage l : values()) {
            if (l.tag != null && l.tag.equals(tag)) {
                return l;
            }
        }
        return SYSTEM;
    }
}
