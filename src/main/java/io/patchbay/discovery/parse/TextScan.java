package io.patchbay.discovery.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Small single-pass helpers shared by the plain-text parsers: line and whitespace splitting,
 * bounded number parsing and quoting of untrusted text for messages. No regular expressions, so
 * a hostile 1 MB line costs one linear scan.
 */
final class TextScan {
    /** Longest excerpt of untrusted input quoted in a warning. */
    private static final int QUOTE_MAX = 80;

    private TextScan() {
    }

    /** The lines of {@code text} without their terminators ({@code \n}, {@code \r\n} or {@code \r}). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The whitespace-separated words of {@code line} (spaces, tabs and other whitespace). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (int[] span : spans(line)) {
            out.add(line.substring(span[0], span[1]));
        }
        return out;
    }

    /** Start and end (exclusive) of each whitespace-separated word of {@code line}. */
    static List<int[]> spans(String line) {
        List<int[]> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /** The first line of {@code text} that is not blank, or null. */
    static String firstNonBlankLine(String text) {
        if (text == null) {
            return null;
        }
        for (String line : lines(text)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** The index of the first non-blank line of {@code lines}, or its size when all are blank. */
    static int firstNonBlank(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }

    static boolean startsIndented(String line) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    }

    /** True when {@code s} is a non-empty run of ASCII digits. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A non-negative decimal int, or null when {@code s} is not one (or does not fit an int). */
    static Integer parseNonNegativeInt(String s) {
        if (s == null || !isDigits(s) || s.length() > 10) {
            return null;
        }
        long v = Long.parseLong(s);
        return v <= Integer.MAX_VALUE ? (int) v : null;
    }

    /** The 1-based line number as the parsers print it: "origin, line N". */
    static String at(String origin, int line) {
        return origin + ", line " + line;
    }

    /**
     * A short, printable excerpt of untrusted text for a message: control characters are shown
     * as {@code \xNN}, tabs as {@code \t}, and long text is cut with "...".
     */
    static String quote(String s) {
        return quote(s, QUOTE_MAX);
    }

    /** {@link #quote(String)} showing at most {@code max} characters. */
    static String quote(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        b.append('\'');
        int shown = 0;
        for (int i = 0; i < s.length(); i++) {
            if (shown >= max) {
                b.append("...");
                break;
            }
            char c = s.charAt(i);
            if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
            shown++;
        }
        return b.append('\'').toString();
    }

    /** {@link #quote} without the surrounding quotes, for {@link ParseException}'s "found" part. */
    static String printable(String s) {
        String q = quote(s);
        return q.substring(1, q.length() - 1);
    }
}
