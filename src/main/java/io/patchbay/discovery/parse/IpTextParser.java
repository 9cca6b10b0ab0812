package io.patchbay.discovery.parse;

import io.patchbay.model.LinkState;
import java.util.ArrayList;
import java.util.List;

/**
 * iproute2's text output, old and new forms: {@code ip addr show}, {@code ip -d address},
 * {@code ip link}, {@code ip -d link}, {@code ip -s [-d] link} and the one-line {@code ip -o link}.
 *
 * <p>Each device starts with a line {@code "N: name[@parent]: <FLAGS> mtu N ... state X ..."}; its
 * indented lines give the link type and MAC, addresses and (with {@code -d}) the linkinfo kind and
 * slave details. Statistics are skipped. A line that starts like a device line ({@code "N:"}) but
 * does not parse, input without any device, and empty input are a {@link ParseException}; stray
 * lines and details cut short are warnings.
 *
 * <p>Addresses are kept as printed ({@code 10.0.0.1/24}); for a point-to-point address
 * ({@code inet A peer B/32}) the local address with the peer's prefix length ({@code A/32}).
 */
public final class IpTextParser implements OutputParser {
    private static final String DEVICE_LINE = "a device line like '2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500 ...'";
    private static final int STRAY_WARNINGS_MAX = 20;
    private static final int SNIFF_LEAD_MAX = 5;

    public IpTextParser() {
        // stateless
    }

    /**
     * A content sniff: true when {@code text} is not JSON or XML, has an iproute2 device line
     * ({@code "N: name: <...>"}) among its first five non-blank lines (a few lines of
     * noise are tolerated, a document quoting ip output is not) and has a {@code link/} line.
     */
    public static boolean looksLike(String text) {
        if (text == null) {
            return false;
        }
        String start = text.stripLeading();
        if (start.isEmpty() || start.charAt(0) == '{' || start.charAt(0) == '[' || start.charAt(0) == '<') {
            return false;
        }
        boolean device = false;
        boolean link = false;
        int nonBlank = 0;
        for (String line : TextScan.lines(text)) {
            if (line.isBlank()) {
                continue;
            }
            if (!device && ++nonBlank > SNIFF_LEAD_MAX) {
                return false;
            }
            boolean deviceLine = !TextScan.startsIndented(line) && deviceLineShape(line);
            device |= deviceLine;
            link |= line.stripLeading().startsWith("link/") || deviceLine && line.contains("\\    link/");
            if (device && link) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        if (text == null || text.isBlank()) {
            throw new ParseException(origin, 0, "empty output; expected ip addr/link text with " + DEVICE_LINE,
                    (Throwable) null);
        }
        List<String> lines = TextScan.lines(text);
        IpDetailLines block = null;
        int deviceCount = 0;
        int stray = 0;
        int firstContent = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (firstContent == 0) {
                firstContent = lineNo;
            }
            if (TextScan.startsIndented(line)) {
                if (block != null) {
                    block.read(line, lineNo);
                } else {
                    stray = stray(obs, stray, lineNo, line);
                }
                continue;
            }
            if (!startsWithIndexColon(line)) {
                stray = stray(obs, stray, lineNo, line);
                continue;
            }
            List<String> parts = splitOneLine(line);
            DeviceFacts facts = readDeviceLine(parts.get(0), origin, lineNo, obs);
            deviceCount++;
            block = new IpDetailLines(facts, obs);
            for (int p = 1; p < parts.size(); p++) {
                block.read(parts.get(p), lineNo);
            }
        }
        if (deviceCount == 0) {
            throw new ParseException(origin, firstContent, "ip addr/link text with " + DEVICE_LINE,
                    TextScan.printable(lines.get(firstContent - 1)));
        }
        if (stray > STRAY_WARNINGS_MAX) {
            obs.warn(origin + ": " + (stray - STRAY_WARNINGS_MAX) + " more lines that are not ip output were ignored");
        }
        return obs;
    }

    /** Parses "N: name[@parent]: <FLAGS> key value ..." and registers the device. */
    private static DeviceFacts readDeviceLine(String line, String origin, int lineNo, Observation obs)
            throws ParseException {
        int colon = line.indexOf(':');
        Integer ifindex = TextScan.parseNonNegativeInt(line.substring(0, colon));
        int nameEnd = line.indexOf(':', colon + 1);
        if (ifindex == null || nameEnd < 0) {
            throw new ParseException(origin, lineNo, DEVICE_LINE, TextScan.printable(line));
        }
        String rawName = line.substring(colon + 1, nameEnd).strip();
        int lt = skipSpaces(line, nameEnd + 1);
        int gt = lt < line.length() && line.charAt(lt) == '<' ? line.indexOf('>', lt) : -1;
        if (rawName.isEmpty() || hasWhitespace(rawName) || gt < 0) {
            throw new ParseException(origin, lineNo, DEVICE_LINE, TextScan.printable(line));
        }
        String name = rawName;
        String suffix = null;
        int at = rawName.lastIndexOf('@');
        if (at > 0 && at < rawName.length() - 1) {
            name = rawName.substring(0, at);
            suffix = rawName.substring(at + 1);
        }
        DeviceFacts facts;
        if (obs.has(name)) {
            obs.warn(TextScan.at(origin, lineNo) + ": device " + name + " appears twice; the first is kept");
            facts = new DeviceFacts(name);
        } else {
            facts = obs.device(name);
        }
        facts.ifindex = ifindex;
        readParent(facts, suffix);
        for (String flag : line.substring(lt + 1, gt).split(",")) {
            if (!flag.isEmpty()) {
                facts.flags.add(flag);
            }
        }
        if (facts.flags.contains("NO-CARRIER")) {
            facts.carrier = false;
        } else if (facts.flags.contains("LOWER_UP")) {
            facts.carrier = true;
        }
        readHeaderWords(facts, TextScan.words(line.substring(gt + 1)), origin, lineNo, obs);
        return facts;
    }

    private static void readParent(DeviceFacts facts, String suffix) {
        if (suffix == null || suffix.equals("NONE")) {
            return;
        }
        if (suffix.startsWith("if") && TextScan.parseNonNegativeInt(suffix.substring(2)) != null) {
            facts.parentIfindex = TextScan.parseNonNegativeInt(suffix.substring(2));
        } else {
            facts.parent = suffix;
        }
    }

    private static void readHeaderWords(DeviceFacts facts, List<String> w, String origin, int lineNo,
                                        Observation obs) {
        for (int i = 0; i < w.size(); i++) {
            String key = w.get(i);
            if (!key.equals("mtu") && !key.equals("master") && !key.equals("state")) {
                continue;
            }
            if (i + 1 >= w.size()) {
                obs.warn(TextScan.at(origin, lineNo) + ": '" + key + "' of " + facts.name + " has no value");
                break;
            }
            String value = w.get(++i);
            if (key.equals("mtu")) {
                facts.mtu = TextScan.parseNonNegativeInt(value);
                if (facts.mtu == null) {
                    obs.warn(TextScan.at(origin, lineNo) + ": mtu of " + facts.name + " is not a number: "
                            + TextScan.quote(value));
                }
            } else if (key.equals("master")) {
                facts.master = value;
            } else {
                facts.state = LinkState.fromOperstate(value);
            }
        }
    }

    /** {@code ip -o} puts a device's lines on one line, separated by a backslash and spaces. */
    private static List<String> splitOneLine(String line) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < line.length(); i++) {
            if (line.charAt(i) == '\\' && line.charAt(i + 1) == ' ') {
                parts.add(line.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(line.substring(start));
        return parts;
    }

    private static int stray(Observation obs, int stray, int lineNo, String line) {
        if (stray < STRAY_WARNINGS_MAX) {
            obs.warn(TextScan.at(obs.origin(), lineNo) + ": ignored a line that is not part of a device: "
                    + TextScan.quote(line));
        }
        return stray + 1;
    }

    /** "123:" at the start of the line: the line claims to start a device. */
    private static boolean startsWithIndexColon(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < line.length() && line.charAt(i) == ':';
    }

    /** Cheap shape test used by {@link #looksLike}: "N: name: <" with a closing '>'. */
    private static boolean deviceLineShape(String line) {
        if (!startsWithIndexColon(line)) {
            return false;
        }
        int colon = line.indexOf(':');
        int nameEnd = line.indexOf(':', colon + 1);
        if (nameEnd < 0 || line.substring(colon + 1, nameEnd).isBlank()) {
            return false;
        }
        int lt = skipSpaces(line, nameEnd + 1);
        return lt < line.length() && line.charAt(lt) == '<' && line.indexOf('>', lt) > 0;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
