package io.patchbay.problems;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems an admin must see first, computed from snapshots alone (no I/O): MTU mismatches,
 * degraded bonds, bridges without carrier, vNICs on missing bridges, duplicate MACs, drift
 * between live and persistent vNICs, and taps that no VM owns. A fact no source reported is
 * never taken as a fault: no false alarms from what we do not know.
 */
public final class Problems {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(Problem::kind).thenComparing(p -> String.join(" ", p.subjects()));

    private Problems() {
    }

    /** The problems of one host, errors first. */
    public static List<Problem> of(HostTopology host) {
        Map<String, Device> byName = new HashMap<>();
        host.devices().forEach(d -> byName.put(d.name(), d));
        List<Problem> out = new ArrayList<>();
        MtuCheck.run(host, byName, out);
        BondCheck.run(host, out);
        CarrierCheck.run(host, byName, out);
        VnicChecks.missingBridges(host, byName, out);
        DuplicateMacCheck.onHost(host, out);
        VnicChecks.drift(host, out);
        VnicChecks.orphanTaps(host, out);
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** The problems of each host (by name, in the given order), with the duplicate MACs across them. */
    public static Map<String, List<Problem>> of(List<HostTopology> hosts) {
        Map<String, List<Problem>> across = DuplicateMacCheck.acrossHosts(hosts);
        Map<String, List<Problem>> out = new LinkedHashMap<>();
        for (HostTopology h : hosts) {
            List<Problem> ps = new ArrayList<>(of(h));
            ps.addAll(across.getOrDefault(h.name(), List.of()));
            ps.sort(ORDER);
            out.merge(h.name(), List.copyOf(ps), (a, b) -> {
                List<Problem> both = new ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            });
        }
        return out;
    }
}
