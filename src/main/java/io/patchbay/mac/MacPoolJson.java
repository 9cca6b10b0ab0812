package io.patchbay.mac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
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
            throw corrupt(where, Sentence.of("mac.file.version", root.path("version").toString(), VERSION));
        }
        JsonNode list = root.path("pools");
        if (!list.isArray()) {
            throw corrupt(where, Sentence.of("mac.file.noPools"));
        }
        MacPools pools = new MacPools();
        for (JsonNode o : list) {
            String name = o.path("name").asText(null);
            List<MacRange> ranges = new ArrayList<>();
            for (JsonNode r : array(o, "ranges", where, name)) {
                try {
                    ranges.add(MacRange.parse(r.asText()));
                } catch (PatchbayException e) {
                    throw corrupt(where, inPool(name, e.sentence()));
                }
            }
            MacPool p;
            try {
                p = new MacPool(name, ranges, o.path("allowDuplicates").asBoolean(false));
                pools.add(p);
            } catch (PatchbayException e) {
                throw corrupt(where, e.sentence());
            }
            for (long m : macs(o, "allocations", where, name)) {
                if (!p.inRanges(m) || !p.allocations().add(m)) {
                    throw corrupt(where, inPool(name, Sentence.of("mac.file.badAllocation", MacAddress.format(m))));
                }
            }
            for (long m : macs(o, "reservations", where, name)) {
                p.reservations().add(m);
                if (!p.inRanges(m)) {
                    throw corrupt(where, inPool(name, Sentence.of("mac.file.badReservation", MacAddress.format(m))));
                }
            }
            for (long m : macs(o, "externals", where, name)) {
                if (p.inRanges(m) || !p.externals().add(m)) {
                    throw corrupt(where, inPool(name, Sentence.of("mac.file.badExternal", MacAddress.format(m))));
                }
            }
            for (long m : macs(o, "pending", where, name)) {
                if (!p.allocations().contains(m) && !p.externals().contains(m)) {
                    throw corrupt(where, inPool(name, Sentence.of("mac.file.badPending", MacAddress.format(m))));
                }
                p.pending().add(m);
            }
            p.recount();
            JsonNode last = o.get("lastHandedOut");
            if (last != null && !last.isNull()) {
                long v = MacAddress.parseBits(last.asText());
                if (v < 0 || !p.inRanges(v)) {
                    throw corrupt(where, inPool(name, Sentence.of("mac.file.badLast", last.asText())));
                }
                p.restoreLast(v);
            }
        }
        return pools;
    }

    private static JsonNode array(JsonNode o, String field, String where, String pool) throws PatchbayException {
        JsonNode a = o.path(field);
        if (!a.isArray()) {
            throw corrupt(where, inPool(pool, Sentence.of("mac.file.notArray", field)));
        }
        return a;
    }

    private static long[] macs(JsonNode o, String field, String where, String pool) throws PatchbayException {
        JsonNode a = o.get(field);
        if (a == null) {
            return new long[0];
        }
        if (!a.isArray()) {
            throw corrupt(where, inPool(pool, Sentence.of("mac.file.notArray", field)));
        }
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            long v = MacAddress.parseBits(a.get(i).asText());
            if (v < 0) {
                throw corrupt(where, inPool(pool, Sentence.of("mac.file.notMac", field, a.get(i).asText())));
            }
            out[i] = v;
        }
        return out;
    }

    /** {@code what} is a sentence of ours, or the JSON reader's own text. */
    private static PatchbayException corrupt(String where, Object what) {
        return new PatchbayException(Reason.OTHER, Sentence.of("mac.file.damaged", where, what));
    }

    private static Sentence inPool(String name, Sentence what) {
        return Sentence.of("mac.file.inPool", name, what);
    }
}
