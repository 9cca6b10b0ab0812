package io.patchbay.mac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.files.JsonDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools file as readable JSON: {@code {"version":1,"pools":[{"name","ranges":["FROM-TO"],
 * "allowDuplicates","lastHandedOut","allocations":[...],"pending":[...],"reservations":[...],
 * "externals":[...]}]}}, MACs sorted. Reading checks consistency: every allocation inside the
 * ranges, no MAC both allocated and external, pending ones allocated, no repeats.
 */
public final class MacPoolJson {
    static final int VERSION = 1;

    private MacPoolJson() {
    }

    public static byte[] write(MacPools pools) {
        ObjectNode root = JsonDocument.newObject();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("pools");
        for (MacPool p : pools.all()) {
            ObjectNode o = list.addObject();
            o.put("name", p.name());
            ArrayNode ranges = o.putArray("ranges");
            p.ranges().forEach(r -> ranges.add(r.toString()));
            o.put("allowDuplicates", p.allowDuplicates());
            MacAddress last = p.lastHandedOut();
            if (last != null) {
                o.put("lastHandedOut", last.toString());
            }
            macs(o.putArray("allocations"), p.allocations());
            macs(o.putArray("pending"), p.pending());
            macs(o.putArray("reservations"), p.reservations());
            macs(o.putArray("externals"), p.externals());
        }
        return JsonDocument.bytes(root);
    }

    private static void macs(ArrayNode into, LongHashSet set) {
        for (long m : set.toSortedArray()) {
            into.add(MacAddress.format(m));
        }
    }

    /** Reads and checks a pools file; {@code where} names it in errors. */
    public static MacPools read(byte[] json, String where) throws PatchbayException {
        JsonNode root;
        try {
            root = JsonDocument.parse(json);
        } catch (JsonDocument.NotAnObject e) {
            throw corrupt(where, e.getMessage());
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw corrupt(where, "its version is " + root.path("version") + ", this console reads version " + VERSION);
        }
        JsonNode list = root.path("pools");
        if (!list.isArray()) {
            throw corrupt(where, "it has no \"pools\" array");
        }
        MacPools pools = new MacPools();
        for (JsonNode o : list) {
            String name = o.path("name").asText(null);
            String at = "pool " + name + ": ";
            List<MacRange> ranges = new ArrayList<>();
            for (JsonNode r : array(o, "ranges", where, at)) {
                try {
                    ranges.add(MacRange.parse(r.asText()));
                } catch (PatchbayException e) {
                    throw corrupt(where, at + e.getMessage());
                }
            }
            MacPool p;
            try {
                p = new MacPool(name, ranges, o.path("allowDuplicates").asBoolean(false));
                pools.add(p);
            } catch (PatchbayException e) {
                throw corrupt(where, e.getMessage());
            }
            for (long m : macs(o, "allocations", where, at)) {
                if (!p.inRanges(m) || !p.allocations().add(m)) {
                    throw corrupt(where, at + "allocation " + MacAddress.format(m) + " is outside its ranges or repeated");
                }
            }
            for (long m : macs(o, "reservations", where, at)) {
                p.reservations().add(m);
                if (!p.inRanges(m)) {
                    throw corrupt(where, at + "reservation " + MacAddress.format(m) + " is outside its ranges");
                }
            }
            for (long m : macs(o, "externals", where, at)) {
                if (p.inRanges(m) || !p.externals().add(m)) {
                    throw corrupt(where, at + "external " + MacAddress.format(m) + " lies in its ranges or is repeated");
                }
            }
            for (long m : macs(o, "pending", where, at)) {
                if (!p.allocations().contains(m) && !p.externals().contains(m)) {
                    throw corrupt(where, at + "pending " + MacAddress.format(m) + " is not allocated");
                }
                p.pending().add(m);
            }
            p.recount();
            JsonNode last = o.get("lastHandedOut");
            if (last != null && !last.isNull()) {
                long v = MacAddress.parseBits(last.asText());
                if (v < 0 || !p.inRanges(v)) {
                    throw corrupt(where, at + "lastHandedOut " + last.asText() + " is not a MAC in its ranges");
                }
                p.restoreLast(v);
            }
        }
        return pools;
    }

    private static JsonNode array(JsonNode o, String field, String where, String at) throws PatchbayException {
        JsonNode a = o.path(field);
        if (!a.isArray()) {
            throw corrupt(where, at + "\"" + field + "\" is not an array");
        }
        return a;
    }

    private static long[] macs(JsonNode o, String field, String where, String at) throws PatchbayException {
        JsonNode a = o.get(field);
        if (a == null) {
            return new long[0];
        }
        if (!a.isArray()) {
            throw corrupt(where, at + "\"" + field + "\" is not an array");
        }
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            long v = MacAddress.parseBits(a.get(i).asText());
            if (v < 0) {
                throw corrupt(where, at + "\"" + field + "\" holds '" + a.get(i).asText() + "', which is not a MAC");
            }
            out[i] = v;
        }
        return out;
    }

    private static PatchbayException corrupt(String where, String what) {
        return new PatchbayException(Reason.OTHER, "the MAC pool file " + where + " is damaged: " + what);
    }
}
