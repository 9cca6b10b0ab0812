package io.patchbay.ui.journal;

import java.time.LocalTime;

/** One thing the console ran or read: when, for which host, what kind (command, xml, capture) and the full text. */
public record JournalEntry(LocalTime at, String host, String kind, String text) {
    /** The first line, for the list. */
    public String summary() {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " \u2026";
    }
}
