package io.patchbay.discovery.parse;

import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of {@code ovs-vsctl show}: the switch's UUID, then per {@code Bridge} its
 * {@code Port}s (with {@code tag:}, {@code trunks:}, {@code vlan_mode:}) and each port's
 * {@code Interface}s (with {@code type:} and {@code options: {peer=.., remote_ip=..}}). A port of
 * several interfaces is a bond. Names with special characters come in double quotes.
 */
public final class OvsShowParser implements OutputParser {

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        List<String> lines = TextScan.lines(text);
        String bridge = null;
        Port port = null;
        DeviceFacts iface = null;
        boolean sawBridgeOrVersion = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TextScan.isBlank(line)) {
                continue;
            }
            String t = line.strip();
            int lineNo = i + 1;
            if (t.startsWith("Bridge ")) {
                finish(port, bridge, obs);
                port = null;
                iface = null;
                bridge = name(t.substring(7), origin, lineNo);
                if (obs.has(bridge) && obs.device(bridge).ovsKind == DeviceKind.OVS) {
                    obs.warn(TextScan.at(origin, lineNo) + ": bridge " + bridge + " appears twice; both are read");
                }
                obs.device(bridge).ovsKind = DeviceKind.OVS;
                sawBridgeOrVersion = true;
            } else if (t.startsWith("Port ")) {
                finish(port, bridge, obs);
                iface = null;
                if (bridge == null) {
                    throw new ParseException(origin, lineNo, "a 'Bridge NAME' line before the first Port", t);
                }
                port = new Port(name(t.substring(5), origin, lineNo), lineNo);
            } else if (t.startsWith("Interface ")) {
                if (port == null) {
                    throw new ParseException(origin, lineNo, "a 'Port NAME' line before the first Interface", t);
                }
                String name = name(t.substring(10), origin, lineNo);
                iface = obs.device(name);
                port.interfaces.add(name);
            } else if (t.startsWith("ovs_version:")) {
                sawBridgeOrVersion = true;
            } else {
                int colon = t.indexOf(": ");
                String key = colon < 0 ? t : t.substring(0, colon);
                String value = colon < 0 ? "" : t.substring(colon + 2).strip();
                apply(key, value, port, iface, obs, TextScan.at(origin, lineNo));
            }
        }
        finish(port, bridge, obs);
        if (!sawBridgeOrVersion) {
            throw new ParseException(origin, 1, "ovs-vsctl show output (Bridge or ovs_version lines)",
                    TextScan.firstNonBlankLine(text));
        }
        return obs;
    }

    private static void apply(String key, String value, Port port, DeviceFacts iface, Observation obs, String where) {
        switch (key) {
            case "tag" -> {
                if (port != null) {
                    port.tag = TextScan.parseNonNegativeInt(value);
                }
            }
            case "trunks" -> {
                if (port != null) {
                    port.trunks = numbers(value, obs, where);
                }
            }
            case "vlan_mode" -> {
                if (port != null) {
                    port.vlanMode = value;
                }
            }
            case "type" -> {
                if (iface != null) {
                    iface.ovsType = value;
                    if (iface.ovsKind != DeviceKind.OVS) {
                        // a bridge's own interface is internal: the bridge stays an OVS bridge
                        iface.ovsKind = OvsTypes.kindOf(value);
                    }
                }
            }
            case "options" -> {
                if (iface != null) {
                    Map<String, String> options = options(value);
                    iface.ovsPatchPeer = options.get("peer");
                    iface.ovsRemoteIp = options.get("remote_ip");
                    iface.ovsTunnelKey = options.get("key");
                }
            }
            default -> {
                // datapath_type, fail_mode, Controller, Manager, error: ...: not part of the L2 picture
            }
        }
    }

    /** Ends a port: links it (or its one interface) to the bridge; a port of several interfaces is a bond. */
    private static void finish(Port port, String bridge, Observation obs) {
        if (port == null || bridge == null) {
            return;
        }
        DeviceFacts p = obs.device(port.name);
        if (port.interfaces.size() > 1) {
            p.ovsKind = DeviceKind.BOND;
            for (String member : port.interfaces) {
                p.bondSlaves.add(new BondSlave(member, null, null, null));
            }
        }
        p.portTag = port.tag;
        p.portTrunks.addAll(port.trunks);
        p.portVlanMode = port.vlanMode;
        String member = port.interfaces.size() == 1 ? port.interfaces.get(0) : port.name;
        if (!member.equals(bridge)) {
            obs.device(member).ovsBridge = bridge;
        }
    }

    /** "[200, 201]" or "200" as numbers. */
    private static List<Integer> numbers(String value, Observation obs, String where) {
        List<Integer> out = new ArrayList<>();
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        for (String part : inner.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Integer n = TextScan.parseNonNegativeInt(p);
            if (n == null) {
                obs.warn(where + ": trunk '" + TextScan.quote(p) + "' is not a VLAN number; left out");
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** "{key="5001", remote_ip="127.0.0.2"}" as a map, quotes removed. */
    static Map<String, String> options(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        String inner = value.startsWith("{") && value.endsWith("}") ? value.substring(1, value.length() - 1) : value;
        int i = 0;
        while (i < inner.length()) {
            int eq = inner.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = inner.substring(i, eq).strip();
            int j = eq + 1;
            StringBuilder v = new StringBuilder();
            if (j < inner.length() && inner.charAt(j) == '"') {
                j++;
                while (j < inner.length() && inner.charAt(j) != '"') {
                    if (inner.charAt(j) == '\\' && j + 1 < inner.length()) {
                        j++;
                    }
                    v.append(inner.charAt(j++));
                }
                j++;
            } else {
                while (j < inner.length() && inner.charAt(j) != ',') {
                    v.append(inner.charAt(j++));
                }
            }
            out.put(key, v.toString().strip());
            int comma = inner.indexOf(',', j);
            i = comma < 0 ? inner.length() : comma + 1;
        }
        return out;
    }

    /** A name as ovs-vsctl prints it: bare, or in double quotes with backslash escapes. */
    private static String name(String raw, String origin, int line) throws ParseException {
        String s = raw.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < s.length() - 1; i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() - 1) {
                    c = s.charAt(++i);
                }
                b.append(c);
            }
            s = b.toString();
        }
        if (s.isEmpty()) {
            throw new ParseException(origin, line, "a name", raw);
        }
        return s;
    }

    private static final class Port {
        final String name;
        final int line;
        final List<String> interfaces = new ArrayList<>();
        Integer tag;
        List<Integer> trunks = List.of();
        String vlanMode;

        Port(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }
}
