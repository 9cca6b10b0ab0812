package io.patchbay.discovery.parse;

import io.patchbay.core.Sentence;

/**
 * Raw output that a parser cannot read. The message names the source (file or section), the
 * 1-based line and what was expected, e.g.
 * {@code "capture BRCTL_SHOW_LESS_COLUMN.txt, line 2: expected a bridge id like 8000.001122334455, found 'br0'"}.
 */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String origin;
    private final int line;

    private final transient Sentence sentence;

    public ParseException(String origin, int line, String expected, String found) {
        this(origin, line, expected(origin, line, expected, found), null);
    }

    public ParseException(String origin, int line, String message, Throwable cause) {
        this(origin, line, line > 0 ? Sentence.of("parse.lineFailed", origin, line, message)
                : Sentence.of("parse.failed", origin, message), cause);
    }

    private ParseException(String origin, int line, Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.origin = origin;
        this.line = line;
        this.sentence = sentence;
    }

    private static Sentence expected(String origin, int line, String expected, String found) {
        if (found == null) {
            return line > 0 ? Sentence.of("parse.lineExpected", origin, line, expected)
                    : Sentence.of("parse.expected", origin, expected);
        }
        return line > 0 ? Sentence.of("parse.lineExpectedFound", origin, line, expected, abbreviate(found))
                : Sentence.of("parse.expectedFound", origin, expected, abbreviate(found));
    }

    /**
     * What to tell people: the frame (where, which line, expected, found) is a key of the core bundle; what was
     * expected is the parser's own words of the format it reads, an argument.
     */
    public Sentence sentence() {
        return sentence == null ? Sentence.plain(getMessage()) : sentence;
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
