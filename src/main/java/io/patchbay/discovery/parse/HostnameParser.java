package io.patchbay.discovery.parse;

import java.util.regex.Pattern;

/** Reads the output of {@code hostname}: one host name (RFC 1123 labels) on one line. */
public final class HostnameParser implements OutputParser {
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern HOSTNAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*\\.?");
    private static final int MAX_LENGTH = 253;
    private static final String EXPECTED = "one host name (letters, digits, '-' and '.') on one line";

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        String[] lines = text.split("\\R", -1);
        String name = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (name != null) {
                throw new ParseException(origin, i + 1, EXPECTED, line);
            }
            if (line.length() > MAX_LENGTH || !HOSTNAME.matcher(line).matches()) {
                throw new ParseException(origin, i + 1, EXPECTED, line);
            }
            name = line;
        }
        if (name == null) {
            throw new ParseException(origin, 0, EXPECTED, "an empty file");
        }
        Observation obs = new Observation(origin);
        obs.hostname(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        return obs;
    }
}
