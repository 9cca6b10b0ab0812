package io.patchbay.discovery.parse;

/**
 * Raw output that a parser cannot read. The message names the source (file or section), the
 * 1-based line and what was expected, e.g.
 * {@code "capture BRCTL_SHOW_LESS_COLUMN.txt, line 2: expected a bridge id like 8000.001122334455, found 'br0'"}.
 */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String origin;
    private final int line;

    public ParseException(String origin, int line, String expected, String found) {
        super(origin + (line > 0 ? ", line " + line : "") + ": expected " + expected
                + (found == null ? "" : ", found '" + abbreviate(found) + "'"));
        this.origin = origin;
        this.line = line;
    }

    public ParseException(String origin, int line, String message, Throwable cause) {
        super(origin + (line > 0 ? ", line " + line : "") + ": " + message, cause);
        this.origin = origin;
        this.line = line;
    }

    public String origin() {
        return origin;
    }

    public int line() {
        return line;
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
