package io.patchbay.discovery.parse;

/** TEMP stub so that h-json compiles; the real parser comes from branch h-text. */
public final class IpTextParser implements OutputParser {
    @Override
    public Observation parse(String text, String origin) throws ParseException {
        throw new ParseException(origin, 0, "TEMP stub: IpTextParser comes from branch h-text", (Throwable) null);
    }
}
