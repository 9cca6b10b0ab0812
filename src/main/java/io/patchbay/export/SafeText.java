package io.patchbay.export;

/**
 * Makes names safe to print on a terminal while keeping them verbatim: kernel interface names may
 * hold any byte but '/', ':' and whitespace, so control characters (an escape sequence in a
 * name) are shown as \xNN instead of being sent to the terminal.
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
            if (control) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(String.format("\\x%02x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
