package io.patchbay.discovery.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.model.DeviceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code ovs-vsctl -f json list Bridge}, {@code ... list Port} or {@code ... list Interface}:
 * {@code {"data": [[...], ...], "headings": [...]}} with one row per record, each value in OVSDB's
 * JSON form (an atom, {@code ["uuid", U]}, {@code ["set", [..]]} or {@code ["map", [[k, v], ..]]}).
 * Which table it is follows from the headings. Rows refer to each other by _uuid; the merge
 * resolves those references across the three tables.
 */
public final class OvsDbJsonParser implements OutputParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The three tables Patchbay reads. */
    enum Table { BRIDGE, PORT, INTERFACE }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ParseException(origin, line, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("headings").isArray() || !root.path("data").isArray()) {
            throw new ParseException(origin, 1, "an object with \"headings\" and \"data\" (output of ovs-vsctl -f json"
                    + " list Bridge|Port|Interface)", root == null ? "" : abbreviated(root));
        }
        List<String> headings = new ArrayList<>();
        for (JsonNode h : root.get("headings")) {
            if (!h.isTextual()) {
                throw new ParseException(origin, 1, "column names in \"headings\"", abbreviated(h));
            }
            headings.add(h.asText());
        }
        Table table = table(headings);
        if (table == null) {
            throw new ParseException(origin, 1, "the columns of the Bridge, Port or Interface table (name and ports,"
                    + " interfaces, or ofport/type)", String.join(",", headings));
        }
        Observation obs = new Observation(origin);
        int index = 0;
        for (JsonNode row : root.get("data")) {
            index++;
            if (!row.isArray() || row.size() != headings.size()) {
                obs.warn(origin + ": row " + index + " does not have the " + headings.size() + " columns of its"
                        + " headings; left out");
                continue;
            }
            Map<String, JsonNode> cells = new HashMap<>();
            for (int i = 0; i < headings.size(); i++) {
                cells.put(headings.get(i), row.get(i));
            }
            String name = string(cells.get("name"));
            if (name == null || name.isEmpty()) {
                obs.warn(origin + ": row " + index + " has no name; left out");
                continue;
            }
            if (obs.has(name)) {
                obs.warn(origin + ": " + name + " appears twice; the first is kept");
                continue;
            }
            DeviceFacts f = obs.device(name);
            switch (table) {
                case BRIDGE -> bridge(f, cells);
                case PORT -> port(f, cells, obs, index);
                case INTERFACE -> iface(f, cells);
            }
        }
        return obs;
    }

    static Table table(List<String> headings) {
        if (!headings.contains("name")) {
            return null;
        }
        if (headings.contains("ports") && headings.contains("datapath_type")) {
            return Table.BRIDGE;
        }
        if (headings.contains("interfaces")) {
            return Table.PORT;
        }
        if (headings.contains("ofport") || headings.contains("type") && headings.contains("options")) {
            return Table.INTERFACE;
        }
        return null;
    }

    private static void bridge(DeviceFacts f, Map<String, JsonNode> cells) {
        f.ovsKind = DeviceKind.OVS;
        f.ovsBridgePortUuids.addAll(uuids(cells.get("ports")));
        Boolean stp = bool(cells.get("stp_enable"));
        if (stp != null) {
            f.bridgeStp = stp;
        }
    }

    private static void port(DeviceFacts f, Map<String, JsonNode> cells, Observation obs, int index) {
        f.ovsPortUuid = uuid(cells.get("_uuid"));
        f.ovsPortInterfaceUuids.addAll(uuids(cells.get("interfaces")));
        String bondMode = string(cells.get("bond_mode"));
        if (f.ovsPortInterfaceUuids.size() > 1 || bondMode != null) {
            f.ovsKind = DeviceKind.BOND;
            f.bondMode = bondMode;
            f.ovsBondActiveMac = string(cells.get("bond_active_slave"));
        }
        List<JsonNode> tag = elements(cells.get("tag"));
        if (tag.size() == 1 && tag.get(0).canConvertToInt()) {
            f.portTag = tag.get(0).asInt();
        }
        for (JsonNode t : elements(cells.get("trunks"))) {
            if (t.canConvertToInt() && t.isIntegralNumber()) {
                f.portTrunks.add(t.asInt());
            } else {
                obs.warn(obs.origin() + ": row " + index + " (" + f.name + "): trunk '" + abbreviated(t)
                        + "' is not a VLAN number; left out");
            }
        }
        f.portVlanMode = string(cells.get("vlan_mode"));
    }

    private static void iface(DeviceFacts f, Map<String, JsonNode> cells) {
        f.ovsInterfaceUuid = uuid(cells.get("_uuid"));
        String type = string(cells.get("type"));
        f.ovsType = type == null ? "" : type;
        Map<String, String> options = map(cells.get("options"));
        f.ovsKind = OvsTypes.kindOf(f.ovsType);
        if ("patch".equals(f.ovsType)) {
            f.ovsPatchPeer = options.get("peer");
        } else if (OvsTypes.isTunnel(f.ovsType)) {
            f.ovsRemoteIp = options.get("remote_ip");
            f.ovsTunnelKey = options.get("key");
        }
        String mac = string(cells.get("mac_in_use"));
        if (mac != null && IpJsonParser.normalizeMac(mac) != null) {
            f.mac = IpJsonParser.normalizeMac(mac);
        }
        String attached = map(cells.get("external_ids")).get("attached-mac");
        f.ovsAttachedMac = attached == null ? null : IpJsonParser.normalizeMac(attached);
        List<JsonNode> mtu = elements(cells.get("mtu"));
        if (mtu.size() == 1 && mtu.get(0).isIntegralNumber() && mtu.get(0).canConvertToInt()) {
            f.mtu = mtu.get(0).asInt();
        }
    }

    /** The elements of a set ({@code ["set", [..]]}), or the one atom a one-element set is written as. */
    static List<JsonNode> elements(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray() && v.size() == 2 && "set".equals(v.get(0).asText()) && v.get(1).isArray()) {
            v.get(1).forEach(out::add);
        } else {
            out.add(v);
        }
        return out;
    }

    /** A string atom; null for an empty set (an optional column left empty) or another type. */
    static String string(JsonNode v) {
        List<JsonNode> e = elements(v);
        return e.size() == 1 && e.get(0).isTextual() ? e.get(0).asText() : null;
    }

    private static Boolean bool(JsonNode v) {
        List<JsonNode> e = elements(v);
        return e.size() == 1 && e.get(0).isBoolean() ? e.get(0).asBoolean() : null;
    }

    /** {@code ["uuid", U]}, else null. */
    static String uuid(JsonNode v) {
        if (v != null && v.isArray() && v.size() == 2 && "uuid".equals(v.get(0).asText()) && v.get(1).isTextual()) {
            return v.get(1).asText();
        }
        return null;
    }

    static List<String> uuids(JsonNode v) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : elements(v)) {
            String u = uuid(e);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** {@code ["map", [[k, v], ..]]} with string keys and values; other pairs are left out. */
    static Map<String, String> map(JsonNode v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null && v.isArray() && v.size() == 2 && "map".equals(v.get(0).asText()) && v.get(1).isArray()) {
            for (JsonNode pair : v.get(1)) {
                if (pair.isArray() && pair.size() == 2 && pair.get(0).isTextual() && pair.get(1).isValueNode()) {
                    out.put(pair.get(0).asText(), pair.get(1).asText());
                }
            }
        }
        return out;
    }

    private static String abbreviated(JsonNode n) {
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
