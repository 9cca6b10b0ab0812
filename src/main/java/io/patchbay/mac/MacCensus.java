package io.patchbay.mac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every MAC seen in use across the connected hosts: an O(1) in-use set for allocation, where
 * each one is, and the duplicates (one MAC on two different domains) with every place.
 */
public final class MacCensus {
    private final LongHashSet macs = new LongHashSet();
    private final Map<Long, List<MacSighting>> places = new HashMap<>();
    private MacUsage usage;

    public void add(MacSighting s) {
        if (usage != null) {
            throw new IllegalStateException("the census is closed once its usage was taken");
        }
        macs.add(s.mac());
        places.computeIfAbsent(s.mac(), k -> new ArrayList<>(2)).add(s);
    }

    /** The in-use set; the census takes no more sightings afterwards. */
    public MacUsage usage() {
        if (usage == null) {
            usage = MacUsage.of(macs);
        }
        return usage;
    }

    /** Where {@code mac} was seen, joined for a message, or null. */
    public String where(long mac) {
        String p = places(mac);
        return p == null ? null : "in use on " + p;
    }

    /** Every place {@code mac} was seen ("host/domain (live), ..."), or null. */
    public String places(long mac) {
        List<MacSighting> l = places.get(mac);
        return l == null ? null : String.join(", ", l.stream().map(MacSighting::toString).toList());
    }

    /**
     * MACs seen on more than one domain (a domain's own live, persistent and snapshot copies
     * are one use), sorted by MAC, each with every place it was seen.
     */
    public Map<MacAddress, List<MacSighting>> duplicates() {
        Map<MacAddress, List<MacSighting>> out = new LinkedHashMap<>();
        places.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            long domains = e.getValue().stream().map(s -> s.host() + "\u0000" + s.domain()).distinct().count();
            if (domains > 1) {
                out.put(new MacAddress(e.getKey()), List.copyOf(e.getValue()));
            }
        });
        return out;
    }
}
