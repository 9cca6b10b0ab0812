package io.patchbay.discovery.parse;

/** TEMP stub so that h-json compiles; the real parser comes from branch h-text. */
public final class BondingParser implements OutputParser {
    private final String bondName;

    public BondingParser(String bondName) {
        this.bondName = bondName;
    }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        throw new ParseException(origin, 0, "TEMP stub: BondingParser(" + bondName + ") comes from branch h-text",
                (Throwable) null);
    }
}
