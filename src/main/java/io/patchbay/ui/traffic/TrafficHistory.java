package io.patchbay.ui.traffic;

import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The traffic of every vNIC of the console's hosts, keyed by host, VM and MAC: each new snapshot
 * of a host adds a reading of its vNICs' counters. A vNIC that is gone (or has no counters any
 * more: its VM stopped) and a host that left the console are forgotten. Plain Java.
 */
public final class TrafficHistory {
    private final Map<TrafficKey, VnicHistory> histories = new HashMap<>();
    /** The snapshot each host was last read from (by identity: the same snapshot is read once). */
    private final Map<String, HostTopology> seen = new HashMap<>();

    /**
     * Reads the counters of every snapshot not read before, as of {@code at}; forgets the hosts
     * not in {@code hosts}. Returns whether anything changed.
     */
    public boolean observe(List<HostTopology> hosts, Instant at) {
        boolean changed = false;
        Set<String> present = new HashSet<>();
        Map<HostTopology, Boolean> done = new IdentityHashMap<>();
        for (HostTopology h : hosts) {
            present.add(h.name());
            if (seen.get(h.name()) != h && done.put(h, Boolean.TRUE) == null) {
                seen.put(h.name(), h);
                read(h, at);
                changed = true;
            }
        }
        changed |= seen.keySet().retainAll(present);
        changed |= histories.keySet().removeIf(k -> !present.contains(k.host()));
        return changed;
    }

    /** The traffic of one vNIC, if it has counters. */
    public Optional<VnicTraffic> of(TrafficKey key) {
        VnicHistory h = histories.get(key);
        return h == null ? Optional.empty() : Optional.of(h.view(key));
    }

    /** Every vNIC with counters. */
    public List<VnicTraffic> all() {
        return histories.entrySet().stream().map(e -> e.getValue().view(e.getKey())).toList();
    }

    private void read(HostTopology h, Instant at) {
        Set<TrafficKey> now = new HashSet<>();
        for (Vm vm : h.vms()) {
            for (Vnic v : vm.vnics()) {
                if (v.stats() != null && v.mac() != null) {
                    TrafficKey k = new TrafficKey(h.name(), vm.name(), v.mac());
                    if (now.add(k)) {
                        histories.computeIfAbsent(k, x -> new VnicHistory()).add(v.stats(), at);
                    }
                }
            }
        }
        histories.keySet().removeIf(k -> k.host().equals(h.name()) && !now.contains(k));
    }
}
