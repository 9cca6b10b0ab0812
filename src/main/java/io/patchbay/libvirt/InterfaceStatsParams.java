package io.patchbay.libvirt;

import io.patchbay.model.TrafficCounters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pure: the interface counters of one domain's bulk statistics record ({@code net.count},
 * {@code net.N.name}, {@code net.N.rx.bytes}, ... as {@code virsh domstats --interface} prints
 * them), by interface name (the host-side target device). An interface without a name or with a
 * counter missing is left out rather than shown with invented zeros.
 */
final class InterfaceStatsParams {
    private static final String[] COUNTERS = {"rx.bytes", "rx.pkts", "rx.errs", "rx.drop",
        "tx.bytes", "tx.pkts", "tx.errs", "tx.drop"};

    private InterfaceStatsParams() {
    }

    /** @param params the record's typed parameters by field name (numbers as {@link Number}, strings as String) */
    static Map<String, TrafficCounters> interfaces(Map<String, Object> params) {
        Map<String, TrafficCounters> out = new LinkedHashMap<>();
        Object count = params.get("net.count");
        if (!(count instanceof Number n)) {
            return out;
        }
        for (int i = 0; i < n.intValue(); i++) {
            String prefix = "net." + i + ".";
            if (!(params.get(prefix + "name") instanceof String name) || name.isEmpty()) {
                continue;
            }
            long[] v = new long[COUNTERS.length];
            boolean complete = true;
            for (int c = 0; c < COUNTERS.length; c++) {
                if (params.get(prefix + COUNTERS[c]) instanceof Number x) {
                    v[c] = x.longValue();
                } else {
                    complete = false;
                }
            }
            if (complete) {
                out.put(name, new TrafficCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
            }
        }
        return out;
    }
}
