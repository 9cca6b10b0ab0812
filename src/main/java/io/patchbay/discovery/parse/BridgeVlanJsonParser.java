package io.patchbay.discovery.parse;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;

/**
 * Reads {@code bridge -j vlan show}. iproute2 5.x and later print an array of ports,
 * {@code [{"ifname": "eth0", "vlans": [{"vlan": 1, "flags": ["PVID", "Egress Untagged"]},
 * {"vlan": 200, "vlanEnd": 201}]}]}; iproute2 4.x printed an object keyed by port name,
 * {@code {"eth0": [{"vlan": 1, "flags": [...]}]}}. Both are read. Per port: pvid, untagged and
 * tagged VLANs (see {@link PortVlanEntries}); nothing else (tunnel ids, per-VLAN STP state) is used.
 */
public final class BridgeVlanJsonParser implements OutputParser {
    private static final String WHAT = "a JSON array of ports (output of bridge -j vlan show)";

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        PortVlanEntries entries = new PortVlanEntries();
        try (JsonCursor c = JsonCursor.open(text, origin)) {
            JsonToken t = c.next();
            if (t == JsonToken.START_ARRAY) {
                while ((t = c.next()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_OBJECT) {
                        throw c.expected("a port object with \"ifname\" and \"vlans\"");
                    }
                    readPort(c, obs, entries);
                }
            } else if (t == JsonToken.START_OBJECT) {
                while (c.next() == JsonToken.FIELD_NAME) {
                    String name = c.fieldName();
                    int line = c.line();
                    DeviceFacts port = entries.port(obs, name, line);
                    if (!c.startArray(name, "an array of VLANs")) {
                        continue;
                    }
                    readVlans(c, port);
                }
            } else {
                throw c.expected(WHAT);
            }
            c.end("the port list");
        }
        return obs;
    }

    private static void readPort(JsonCursor c, Observation obs, PortVlanEntries entries) throws ParseException {
        int startLine = c.line();
        int startColumn = c.column();
        String name = null;
        DeviceFacts collected = new DeviceFacts("");
        while (c.next() == JsonToken.FIELD_NAME) {
            String field = c.fieldName();
            if ("ifname".equals(field)) {
                name = c.stringValue(field);
            } else if ("vlans".equals(field)) {
                if (c.startArray(field, "an array of VLANs")) {
                    readVlans(c, collected);
                }
            } else {
                c.skipValue();
            }
        }
        if (name == null || name.isEmpty()) {
            throw c.expectedAt(startLine, startColumn, "a port name (\"ifname\")");
        }
        DeviceFacts port = entries.port(obs, name, startLine);
        if (port != null) {
            port.portPvid = collected.portPvid;
            port.portUntagged.addAll(collected.portUntagged);
            port.portTagged.addAll(collected.portTagged);
        }
    }

    /** Reads the VLAN objects of one port up to the array's end; {@code port} null reads and drops them. */
    private static void readVlans(JsonCursor c, DeviceFacts port) throws ParseException {
        JsonToken t;
        while ((t = c.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw c.expected("a VLAN object like {\"vlan\": 100}");
            }
            int line = c.line();
            int column = c.column();
            Integer first = null;
            Integer last = null;
            List<String> flags = List.of();
            while (c.next() == JsonToken.FIELD_NAME) {
                String field = c.fieldName();
                switch (field) {
                    case "vlan" -> first = c.intValue(field);
                    case "vlanEnd" -> last = c.intValue(field);
                    case "flags" -> flags = c.stringArray(field);
                    default -> c.skipValue();
                }
            }
            if (first == null) {
                throw c.expectedAt(line, column, "a VLAN id (\"vlan\")");
            }
            int end = last == null ? first : last;
            String problem = PortVlanEntries.problem(first, end);
            if (problem != null) {
                throw c.expectedAt(line, column, problem + " (found " + first + (last == null ? "" : "-" + last) + ")");
            }
            if (port != null) {
                PortVlanEntries.add(port, first, end, flags.contains("PVID"), flags.contains("Egress Untagged"));
            }
        }
    }
}
