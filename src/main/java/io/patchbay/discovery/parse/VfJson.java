package io.patchbay.discovery.parse;

import com.fasterxml.jackson.core.JsonToken;
import io.patchbay.model.VirtualFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code vfinfo_list} of {@code ip -j link show} (iproute2's print_vfinfo): one object
 * per SR-IOV virtual function, {@code {"vf": 0, "address": "..", "broadcast": "..",
 * "vlan_list": [{"vlan": 100, "qos": 2}], "spoofchk": true, "link_state": "auto", "trust": false,
 * "query_rss_en": false}}. Older iproute2 prints {@code "mac"} instead of {@code "address"} and
 * {@code "vlan"}/{@code "qos"} directly when the kernel gives no VLAN list.
 */
final class VfJson {
    private VfJson() {
    }

    /** The cursor is on the field name {@code vfinfo_list}; reads its array. */
    static List<VirtualFunction> read(JsonCursor c, String device, Observation obs) throws ParseException {
        List<VirtualFunction> out = new ArrayList<>();
        if (!c.startArray("vfinfo_list", "an array of virtual functions")) {
            return out;
        }
        JsonToken t;
        while ((t = c.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw c.expected("a virtual function object inside \"vfinfo_list\"");
            }
            int line = c.line();
            Integer vf = null;
            String mac = null;
            Integer vlan = null;
            Integer qos = null;
            Boolean spoof = null;
            String linkState = null;
            Boolean trust = null;
            while (c.next() == JsonToken.FIELD_NAME) {
                String field = c.fieldName();
                switch (field) {
                    case "vf":
                        vf = c.intValue(field);
                        break;
                    case "address":
                    case "mac":
                        String raw = c.stringValue(field);
                        mac = raw == null ? null : IpJsonParser.normalizeMac(raw);
                        if (raw != null && mac == null) {
                            obs.warn(obs.origin() + ", line " + line + ": device " + device + ": vf MAC '"
                                    + TextScan.quote(raw) + "' is not a MAC address; left out");
                        }
                        break;
                    case "vlan_list":
                        int[] first = firstVlan(c);
                        vlan = first[0] == 0 ? null : first[0];
                        qos = first[1] == 0 ? null : first[1];
                        break;
                    case "vlan":
                        vlan = c.intValue(field);
                        break;
                    case "qos":
                        qos = c.intValue(field);
                        break;
                    case "spoofchk":
                        spoof = c.booleanValue(field);
                        break;
                    case "link_state":
                        linkState = c.stringValue(field);
                        break;
                    case "trust":
                        trust = c.booleanValue(field);
                        break;
                    default:
                        c.skipValue();
                        break;
                }
            }
            if (vf == null) {
                obs.warn(obs.origin() + ", line " + line + ": device " + device
                        + ": a virtual function without \"vf\" number; left out");
            } else {
                out.add(new VirtualFunction(vf, mac, vlan, qos, spoof, linkState, trust));
            }
        }
        return out;
    }

    /** The first entry of vlan_list as {vlan, qos} (0 when absent: iproute2 leaves out zeros). */
    private static int[] firstVlan(JsonCursor c) throws ParseException {
        int[] first = {0, 0};
        if (!c.startArray("vlan_list", "an array of VLAN objects")) {
            return first;
        }
        boolean seen = false;
        JsonToken t;
        while ((t = c.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw c.expected("a VLAN object inside \"vlan_list\"");
            }
            while (c.next() == JsonToken.FIELD_NAME) {
                String field = c.fieldName();
                if (!seen && "vlan".equals(field)) {
                    Integer v = c.intValue(field);
                    first[0] = v == null ? 0 : v;
                } else if (!seen && "qos".equals(field)) {
                    Integer q = c.intValue(field);
                    first[1] = q == null ? 0 : q;
                } else {
                    c.skipValue();
                }
            }
            seen = true;
        }
        return first;
    }
}
