package io.patchbay.discovery.parse;

import io.patchbay.model.DeviceKind;
import java.util.List;

/**
 * {@code brctl show}: a header line, then one row per bridge ({@code name id stp [first port]})
 * and one continuation line per further port; columns are separated by tabs or spaces.
 *
 * <p>Per bridge: kind BRIDGE, bridge id, STP (yes/no) and the ports in order; per port a
 * {@link DeviceFacts} with only {@code master} set. A missing or short header, a row whose
 * columns do not fit and a port before any bridge are a {@link ParseException}.
 */
public final class BrctlShowParser implements OutputParser {
    private static final String HEADER = "the brctl show header 'bridge name  bridge id  STP enabled  interfaces'";
    private static final List<String> HEADER_WORDS =
            List.of("bridge", "name", "bridge", "id", "STP", "enabled", "interfaces");
    private static final String ROW = "a bridge row 'NAME  ID  yes|no  [PORT]'";

    public BrctlShowParser() {
        // stateless
    }

    /** A content sniff: true when the first non-blank line starts like brctl's header. */
    public static boolean looksLike(String text) {
        String first = TextScan.firstNonBlankLine(text);
        if (first == null) {
            return false;
        }
        List<String> w = TextScan.words(first);
        return w.size() >= 4 && w.subList(0, 4).equals(HEADER_WORDS.subList(0, 4));
    }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        List<String> lines = TextScan.lines(text == null ? "" : text);
        int i = TextScan.firstNonBlank(lines);
        if (i == lines.size()) {
            throw new ParseException(origin, 0, "empty output; expected " + HEADER, (Throwable) null);
        }
        if (!TextScan.words(lines.get(i)).equals(HEADER_WORDS)) {
            throw new ParseException(origin, i + 1, HEADER, TextScan.printable(lines.get(i)));
        }
        DeviceFacts bridge = null;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            List<String> w = TextScan.words(line);
            if (TextScan.startsIndented(line)) {
                if (bridge == null || w.size() != 1) {
                    throw new ParseException(origin, lineNo,
                            bridge == null ? ROW + " before any port line" : "one port name on a continuation line",
                            TextScan.printable(line));
                }
                addPort(obs, bridge, w.get(0), lineNo);
                continue;
            }
            bridge = readRow(obs, w, line, lineNo);
        }
        return obs;
    }

    private static DeviceFacts readRow(Observation obs, List<String> w, String line, int lineNo)
            throws ParseException {
        String origin = obs.origin();
        if (w.size() < 3 || w.size() > 4) {
            throw new ParseException(origin, lineNo, ROW, TextScan.printable(line));
        }
        if (!isBridgeId(w.get(1))) {
            throw new ParseException(origin, lineNo, "a bridge id like 8000.001122334455",
                    TextScan.printable(w.get(1)));
        }
        String stp = w.get(2);
        if (!stp.equals("yes") && !stp.equals("no")) {
            throw new ParseException(origin, lineNo, "STP enabled 'yes' or 'no'", TextScan.printable(stp));
        }
        String name = w.get(0);
        if (obs.has(name) && obs.device(name).kind == DeviceKind.BRIDGE) {
            obs.warn(TextScan.at(origin, lineNo) + ": bridge " + name + " is listed twice; its ports are joined");
        }
        DeviceFacts bridge = obs.device(name);
        bridge.kind = DeviceKind.BRIDGE;
        bridge.bridgeId = w.get(1);
        bridge.bridgeStp = stp.equals("yes");
        if (w.size() == 4) {
            addPort(obs, bridge, w.get(3), lineNo);
        }
        return bridge;
    }

    private static void addPort(Observation obs, DeviceFacts bridge, String port, int lineNo) {
        DeviceFacts facts = obs.device(port);
        if (facts.master != null && !facts.master.equals(bridge.name)) {
            obs.warn(TextScan.at(obs.origin(), lineNo) + ": " + port + " is listed as a port of both "
                    + facts.master + " and " + bridge.name + "; the first is kept");
            return;
        }
        facts.master = bridge.name;
        if (!bridge.bridgePorts.contains(port)) {
            bridge.bridgePorts.add(port);
        }
    }

    /** brctl prints the id as 4 hex digits, a dot and 12 hex digits (priority.mac). */
    private static boolean isBridgeId(String s) {
        if (s.length() != 17 || s.charAt(4) != '.') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (i != 4 && !hex) {
                return false;
            }
        }
        return true;
    }
}
