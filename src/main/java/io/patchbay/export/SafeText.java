package io.patchbay.export;

/**
 * Makes names safe to show while keeping them verbatim: kernel interface names may hold any byte
 * but '/', ':' and whitespace, so control characters (an escape sequence in a name) are shown as
 * \xNN instead of being sent to the terminal, and Unicode bidi controls (U+202A-U+202E,
 * U+2066-U+2069, which reorder the text around them: "eth0" that reads as something else) as backslash-u and four hex digits.
 * Used by the window, the text output and every export.
 */
public final class SafeText {
    private SafeText() {
    }

    public static String terminal(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            if (control || isBidiControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(control ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** The embedding, override and isolate controls of Unicode's bidi algorithm. */
    public static boolean isBidiControl(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
