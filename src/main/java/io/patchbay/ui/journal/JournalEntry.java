package io.patchbay.ui.journal;

import java.time.LocalTime;

/**
 * One thing the console ran or read: when (the latest time), for which host, what kind (command,
 * xml, capture), the full text, and how many identical ones in a row it stands for (a refresh every
 * 30 s is one line "read 12×", not twelve).
 */
public record JournalEntry(LocalTime at, String host, String kind, String text, int count) {
    public JournalEntry(LocalTime at, String host, String kind, String text) {
        this(at, host, kind, text, 1);
    }

    /** The first line, for the list. */
    public String summary() {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " \u2026";
    }

    /** Whether {@code other} says the same (host, kind, text) and may be folded into this one. */
    boolean same(String otherHost, String otherKind, String otherText) {
        return host.equals(otherHost) && kind.equals(otherKind) && text.equals(otherText);
    }

    /** This entry once more, at {@code now}. */
    JournalEntry again(LocalTime now) {
        return new JournalEntry(now, host, kind, text, count + 1);
    }
}
