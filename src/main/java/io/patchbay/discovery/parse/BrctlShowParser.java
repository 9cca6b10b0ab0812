package io.patchbay.discovery.parse;

/** TEMP stub so that h-json compiles; the real parser comes from branch h-text. */
public final class BrctlShowParser implements OutputParser {
    @Override
    public Observation parse(String text, String origin) throws ParseException {
        throw new ParseException(origin, 0, "TEMP stub: BrctlShowParser comes from branch h-text", (Throwable) null);
    }
}
