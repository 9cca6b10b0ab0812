package io.patchbay.discovery.parse;

import com.fasterxml.jackson.core.JsonToken;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.LinkState;
import io.patchbay.model.TrafficCounters;
import io.patchbay.model.MacAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code ip -j [-d] [-s] link show} and {@code ip -j [-d] addr show}: a JSON array with
 * one object per device. Streams the text once with Jackson and keeps only the fields the
 * topology uses; unknown fields are skipped.
 *
 * <p>Not used on purpose: a bridge's {@code bridge_id}, which iproute2 prints in a mangled form
 * (see LAB-NOTES; the bridge's MAC comes from {@code address}), and the top-level
 * {@code permaddr}: {@link DeviceFacts#permanentMac} is the bond's view of a slave
 * ({@code perm_hwaddr}), and a changed MAC alone does not make a device a bond slave.
 */
public final class IpJsonParser implements OutputParser {

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        try (JsonCursor c = JsonCursor.open(text, origin)) {
            c.startArray("a JSON array of devices (output of ip -j link show or ip -j addr show)");
            JsonToken t;
            while ((t = c.next()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw c.expected("a device object");
                }
                readDevice(c, obs);
            }
            c.end("the device array");
        }
        return obs;
    }

    /** Reads one device object (the cursor is on its '{') into {@code obs}. */
    private static void readDevice(JsonCursor c, Observation obs) throws ParseException {
        int startLine = c.line();
        int startColumn = c.column();
        boolean empty = true;
        String name = null;
        Integer ifindex = null;
        Integer mtu = null;
        Integer linkIndex = null;
        String link = null;
        String operstate = null;
        TrafficCounters stats = null;
        String master = null;
        String linkType = null;
        String address = null;
        List<String> flags = List.of();
        LinkInfo info = null;
        List<String> addresses = null;
        List<io.patchbay.model.VirtualFunction> vfs = List.of();

        while (c.next() == JsonToken.FIELD_NAME) {
            empty = false;
            String field = c.fieldName();
            switch (field) {
                case "ifname":
                    name = c.stringValue(field);
                    break;
                case "ifindex":
                    ifindex = c.intValue(field);
                    break;
                case "mtu":
                    mtu = c.intValue(field);
                    break;
                case "link":
                    link = c.stringValue(field);
                    break;
                case "link_index":
                    linkIndex = c.intValue(field);
                    break;
                case "flags":
                    flags = c.stringArray(field);
                    break;
                case "operstate":
                    operstate = c.stringValue(field);
                    break;
                case "master":
                    master = c.stringValue(field);
                    break;
                case "link_type":
                    linkType = c.stringValue(field);
                    break;
                case "address":
                    address = c.stringValue(field);
                    break;
                case "linkinfo":
                    info = c.startObject(field) ? readLinkInfo(c) : null;
                    break;
                case "addr_info":
                    addresses = readAddresses(c, obs, field);
                    break;
                case "vfinfo_list":
                    vfs = VfJson.read(c, name == null ? "?" : name, obs);
                    break;
                case "stats64":
                    stats = c.startObject(field) ? readStats(c) : null;
                    break;
                default:
                    c.skipValue();
                    break;
            }
        }
        if (empty) {
            // older iproute2 prints {} for a device that an address filter (ip -j -4 addr) left out
            return;
        }
        if (name == null || name.isEmpty()) {
            throw c.expectedAt(startLine, startColumn, "a device name (\"ifname\")");
        }
        if (obs.has(name)) {
            obs.warn(obs.origin() + ", line " + startLine + ": device " + name
                    + " appears twice; the first is kept");
            return;
        }
        DeviceFacts f = obs.device(name);
        f.ifindex = ifindex;
        f.mtu = mtu;
        f.stats = stats;
        f.flags.addAll(flags);
        f.carrier = carrier(flags);
        f.state = operstate == null ? null : LinkState.fromOperstate(operstate);
        f.master = master;
        f.linkType = linkType;
        if ("ether".equals(linkType)) {
            f.mac = mac(address, name, "address", obs);
        }
        if ("loopback".equals(linkType)) {
            f.kind = DeviceKind.LOOPBACK;
        }
        f.parent = link;
        f.parentIfindex = linkIndex;
        if (info != null) {
            info.applyTo(f, obs);
        }
        if (addresses != null) {
            f.addresses.addAll(addresses);
        }
        f.vfs.addAll(vfs);
    }

    private static Boolean carrier(List<String> flags) {
        if (flags.contains("NO-CARRIER")) {
            return Boolean.FALSE;
        }
        return flags.contains("LOWER_UP") ? Boolean.TRUE : null;
    }

    private static String mac(String value, String device, String field, Observation obs) {
        if (value == null) {
            return null;
        }
        String mac = normalizeMac(value);
        if (mac == null) {
            obs.warn(obs.origin() + ": device " + device + ": " + field + " '" + value
                    + "' is not a MAC address; left out");
        }
        return mac;
    }

    /**
     * {@link MacAddresses#normalize} without a regular expression: this runs once per device and
     * the regex was a tenth of the time of a 10,000-device parse.
     */
    static String normalizeMac(String s) {
        if (s.length() != 17) {
            return null;
        }
        boolean lower = true;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (i % 3 == 2) {
                if (c != ':') {
                    return null;
                }
            } else if (c >= 'A' && c <= 'F') {
                lower = false;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return lower ? s : s.toLowerCase(Locale.ROOT);
    }

    /** addr_info: [{family, local, prefixlen, ...}] as "local/prefixlen". */
    /**
     * stats64: {"rx": {bytes, packets, errors, dropped, ...}, "tx": {...}} as {@code ip -s -j}
     * prints it; null when a direction or one of its four counters is missing (never a made-up zero).
     */
    private static TrafficCounters readStats(JsonCursor c) throws ParseException {
        long[] rx = null;
        long[] tx = null;
        while (c.next() == JsonToken.FIELD_NAME) {
            String dir = c.fieldName();
            if ("rx".equals(dir) || "tx".equals(dir)) {
                long[] v = c.startObject(dir) ? readDirection(c) : null;
                if ("rx".equals(dir)) {
                    rx = v;
                } else {
                    tx = v;
                }
            } else {
                c.skipValue();
            }
        }
        if (rx == null || tx == null) {
            return null;
        }
        return new TrafficCounters(rx[0], rx[1], rx[2], rx[3], tx[0], tx[1], tx[2], tx[3]);
    }

    /** bytes, packets, errors, dropped of one direction, or null when one is missing. */
    private static long[] readDirection(JsonCursor c) throws ParseException {
        Long[] v = new Long[4];
        while (c.next() == JsonToken.FIELD_NAME) {
            String k = c.fieldName();
            int i = switch (k) {
                case "bytes" -> 0;
                case "packets" -> 1;
                case "errors" -> 2;
                case "dropped" -> 3;
                default -> -1;
            };
            if (i < 0) {
                c.skipValue();
            } else {
                v[i] = c.longValue(k);
            }
        }
        for (Long x : v) {
            if (x == null) {
                return null;
            }
        }
        return new long[] {v[0], v[1], v[2], v[3]};
    }

    private static List<String> readAddresses(JsonCursor c, Observation obs, String field) throws ParseException {
        List<String> out = new ArrayList<>(2);
        if (!c.startArray(field, "an array of address objects")) {
            return out;
        }
        JsonToken t;
        while ((t = c.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw c.expected("an address object inside \"" + field + "\"");
            }
            int line = c.line();
            int column = c.column();
            String local = null;
            Integer prefix = null;
            while (c.next() == JsonToken.FIELD_NAME) {
                String name = c.fieldName();
                if ("local".equals(name)) {
                    local = c.stringValue(name);
                } else if ("prefixlen".equals(name)) {
                    prefix = c.intValue(name);
                } else {
                    c.skipValue();
                }
            }
            if (local == null || prefix == null) {
                obs.warn(obs.origin() + ", line " + line + ": the address object at column " + column
                        + " has no \"local\" and \"prefixlen\"; left out");
            } else {
                out.add(local + "/" + prefix);
            }
        }
        return out;
    }

    /** linkinfo: {info_kind, info_data{...}, info_slave_kind, info_slave_data{...}}. */
    private static LinkInfo readLinkInfo(JsonCursor c) throws ParseException {
        LinkInfo info = new LinkInfo();
        while (c.next() == JsonToken.FIELD_NAME) {
            String field = c.fieldName();
            switch (field) {
                case "info_kind":
                    info.kind = c.stringValue(field);
                    break;
                case "info_slave_kind":
                    info.slaveKind = c.stringValue(field);
                    break;
                case "info_data":
                    // iproute2 always prints info_kind before info_data
                    if (c.startObject(field)) {
                        info.readData(c);
                    }
                    break;
                case "info_slave_data":
                    if (c.startObject(field)) {
                        info.readSlaveData(c);
                    }
                    break;
                default:
                    c.skipValue();
                    break;
            }
        }
        return info;
    }

    /** What linkinfo says, before it is applied to the device. */
    private static final class LinkInfo {
        String kind;
        String slaveKind;
        String mode;
        String activeSlave;
        Integer stpState;
        Integer vlanFiltering;
        Integer vlanId;
        String vlanProtocol;
        String tunType;
        String lower;
        String slaveState;
        String slaveMii;
        String permHwaddr;

        void readData(JsonCursor c) throws ParseException {
            boolean bond = "bond".equals(kind);
            boolean macv = "macvtap".equals(kind) || "macvlan".equals(kind);
            boolean bridge = "bridge".equals(kind);
            boolean vlan = "vlan".equals(kind);
            boolean tun = "tun".equals(kind);
            boolean vxlan = "vxlan".equals(kind);
            if (!(bond || macv || bridge || vlan || tun || vxlan)) {
                c.skipChildren();
                return;
            }
            while (c.next() == JsonToken.FIELD_NAME) {
                String field = c.fieldName();
                if ((bond || macv) && "mode".equals(field)) {
                    mode = c.stringValue(field);
                } else if (bond && "active_slave".equals(field)) {
                    activeSlave = c.stringValue(field);
                } else if (bridge && "stp_state".equals(field)) {
                    stpState = c.intValue(field);
                } else if (bridge && "vlan_filtering".equals(field)) {
                    vlanFiltering = c.intValue(field);
                } else if (vlan && "protocol".equals(field)) {
                    vlanProtocol = c.stringValue(field);
                } else if (vlan && "id".equals(field)) {
                    vlanId = c.intValue(field);
                } else if (tun && "type".equals(field)) {
                    tunType = c.stringValue(field);
                } else if (vxlan && "link".equals(field)) {
                    lower = c.stringValue(field);
                } else {
                    c.skipValue();
                }
            }
        }

        void readSlaveData(JsonCursor c) throws ParseException {
            boolean bond = "bond".equals(slaveKind);
            if (!bond) {
                c.skipChildren();
                return;
            }
            while (c.next() == JsonToken.FIELD_NAME) {
                String field = c.fieldName();
                if ("state".equals(field)) {
                    slaveState = c.stringValue(field);
                } else if ("mii_status".equals(field)) {
                    slaveMii = c.stringValue(field);
                } else if ("perm_hwaddr".equals(field)) {
                    permHwaddr = c.stringValue(field);
                } else {
                    c.skipValue();
                }
            }
        }

        void applyTo(DeviceFacts f, Observation obs) {
            f.linkInfoKind = kind;
            // the text form prints "<kind>_slave" (bridge_slave, bond_slave); keep that one spelling
            f.slaveKind = slaveKind == null ? null : slaveKind + "_slave";
            f.tunType = tunType;
            DeviceKind k = InfoKinds.kindOf(kind, tunType);
            if (k != null) {
                f.kind = k;
            }
            if ("bond".equals(kind)) {
                f.bondMode = mode;
                f.bondActiveSlave = activeSlave;
            } else if ("bridge".equals(kind)) {
                f.bridgeStp = stpState == null ? null : stpState != 0;
                f.bridgeVlanFiltering = vlanFiltering == null ? null : vlanFiltering != 0;
            } else if ("vlan".equals(kind)) {
                f.vlanId = vlanId;
                f.vlanProtocol = vlanProtocol;
            } else if ("macvtap".equals(kind) || "macvlan".equals(kind)) {
                f.macvtapMode = mode;
            } else if ("vxlan".equals(kind) && f.parent == null) {
                f.parent = lower;
            }
            f.slaveState = slaveState;
            f.slaveMii = slaveMii;
            if (permHwaddr != null) {
                f.permanentMac = mac(permHwaddr, f.name, "perm_hwaddr", obs);
            }
        }
    }
}
