package io.patchbay.discovery.parse;

/** A pure function from one raw output to what it says. Never does I/O. */
@FunctionalInterface
public interface OutputParser {
    /**
     * @param text   the whole output
     * @param origin where it came from, used in every error and warning
     * @throws ParseException when the text is not this kind of output at all, or is broken in a
     *                        way that would give a wrong picture
     */
    Observation parse(String text, String origin) throws ParseException;
}
