package io.patchbay.discovery.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code bridge [-d] vlan show} in text (what a sosreport saves as
 * {@code sos_commands/networking/bridge_-d_vlan_show}): a header ({@code port  vlan-id}, or
 * {@code port	vlan ids} before iproute2 5.x), then per port a line starting with its name and
 * its first VLAN, and one indented line per further VLAN:
 * <pre>
 * port              vlan-id
 * eth0              1 PVID Egress Untagged
 *                     state forwarding mcast_router 1
 *                   100
 *                   200-201
 * </pre>
 * Indented lines that do not start with a VLAN id ({@code -d}'s per-VLAN state) are skipped. An
 * output that is only iproute2's error (a kernel without bridge VLAN filtering says
 * "Error: Unknown device type." or "Operation not supported") says nothing: no ports, no error.
 */
public final class BridgeVlanTextParser implements OutputParser {
    private static final Pattern HEADER = Pattern.compile("^port\\s+vlan(-id| ids)\\s*$");
    private static final Pattern VLAN = Pattern.compile("^(\\d{1,5})(?:-(\\d{1,5}))?((?:\\s+(?:PVID|Egress Untagged))*)\\s*$");
    private static final String VLAN_LINE = "a VLAN like '100', '200-201' or '1 PVID Egress Untagged'";

    /** A content sniff: true when the first non-blank line is the header of bridge vlan show. */
    public static boolean looksLike(String text) {
        String first = TextScan.firstNonBlankLine(text);
        return first != null && HEADER.matcher(first.strip()).matches();
    }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        List<String> lines = TextScan.lines(text == null ? "" : text);
        int i = TextScan.firstNonBlank(lines);
        if (i == lines.size() || isError(lines.get(i))) {
            return obs;
        }
        if (!HEADER.matcher(lines.get(i).strip()).matches()) {
            throw new ParseException(origin, i + 1, "the bridge vlan show header 'port  vlan-id'",
                    TextScan.printable(lines.get(i)));
        }
        PortVlanEntries entries = new PortVlanEntries();
        DeviceFacts port = null;
        boolean inPort = false;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String rest;
            if (TextScan.startsIndented(line)) {
                if (!inPort) {
                    throw new ParseException(origin, lineNo, "a port name before its VLANs", TextScan.printable(line));
                }
                rest = line.strip();
                if (rest.isEmpty() || !Character.isDigit(rest.charAt(0))) {
                    continue; // -d: "state forwarding mcast_router 1", tunnel ids, ...
                }
            } else {
                String name = TextScan.words(line).get(0);
                port = entries.port(obs, name, lineNo);
                inPort = true;
                rest = line.substring(name.length()).strip();
                if (rest.isEmpty()) {
                    continue; // a port whose VLANs all follow on their own lines
                }
            }
            Matcher m = VLAN.matcher(rest);
            if (!m.matches()) {
                throw new ParseException(origin, lineNo, VLAN_LINE, TextScan.printable(rest));
            }
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            String problem = PortVlanEntries.problem(first, last);
            if (problem != null) {
                throw new ParseException(origin, lineNo, problem, TextScan.printable(rest));
            }
            if (port != null) {
                String flags = m.group(3);
                PortVlanEntries.add(port, first, last, flags.contains("PVID"), flags.contains("Egress Untagged"));
            }
        }
        return obs;
    }

    private static boolean isError(String line) {
        String s = line.strip();
        return s.startsWith("Error:") || s.startsWith("RTNETLINK answers:") || s.contains("Operation not supported");
    }
}
