package io.patchbay.discovery.parse;

import com.fasterxml.jackson.core.JsonToken;
import io.patchbay.model.DeviceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code bridge -j link show}: a JSON array with one object per bridge port
 * ({@code ifindex, ifname, flags, mtu, master, state, priority, cost}). Each port gets its
 * master; each master is a bridge and lists its ports. {@code state} here is the port's STP
 * state (forwarding, disabled, ...), not the device's operstate, so it is not used.
 */
public final class BridgeJsonParser implements OutputParser {

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        try (JsonCursor c = JsonCursor.open(text, origin)) {
            c.startArray("a JSON array of bridge ports (output of bridge -j link show)");
            Set<String> seen = new HashSet<>();
            JsonToken t;
            while ((t = c.next()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw c.expected("a bridge port object");
                }
                readPort(c, obs, seen);
            }
            c.end("the bridge port array");
        }
        return obs;
    }

    private static void readPort(JsonCursor c, Observation obs, Set<String> seen) throws ParseException {
        int startLine = c.line();
        int startColumn = c.column();
        String name = null;
        String master = null;
        Integer ifindex = null;
        Integer mtu = null;
        List<String> flags = List.of();
        while (c.next() == JsonToken.FIELD_NAME) {
            String field = c.fieldName();
            switch (field) {
                case "ifname":
                    name = c.stringValue(field);
                    break;
                case "master":
                    master = c.stringValue(field);
                    break;
                case "ifindex":
                    ifindex = c.intValue(field);
                    break;
                case "mtu":
                    mtu = c.intValue(field);
                    break;
                case "flags":
                    flags = c.stringArray(field);
                    break;
                default:
                    c.skipValue();
                    break;
            }
        }
        if (name == null || name.isEmpty()) {
            throw c.expectedAt(startLine, startColumn, "a port name (\"ifname\")");
        }
        if (!seen.add(name)) {
            obs.warn(obs.origin() + ", line " + startLine + ": port " + name + " appears twice; the first is kept");
            return;
        }
        DeviceFacts port = obs.device(name);
        port.ifindex = ifindex;
        port.mtu = mtu;
        port.flags.addAll(flags);
        if (flags.contains("NO-CARRIER")) {
            port.carrier = Boolean.FALSE;
        } else if (flags.contains("LOWER_UP")) {
            port.carrier = Boolean.TRUE;
        }
        if (master == null || master.isEmpty() || master.equals(name)) {
            // the bridge itself (bridge link ... self) or a device that is no port: nothing to link
            return;
        }
        port.master = master;
        DeviceFacts bridge = obs.device(master);
        bridge.kind = DeviceKind.BRIDGE;
        bridge.bridgePorts.add(name);
    }
}
