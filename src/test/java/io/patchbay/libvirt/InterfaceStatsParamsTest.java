package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.TrafficCounters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceStatsParamsTest {
    private static void iface(Map<String, Object> p, int i, String name, long base) {
        p.put("net." + i + ".name", name);
        String[] c = {"rx.bytes", "rx.pkts", "rx.errs", "rx.drop", "tx.bytes", "tx.pkts", "tx.errs", "tx.drop"};
        for (int k = 0; k < c.length; k++) {
            p.put("net." + i + "." + c[k], base + k);
        }
    }

    @Test
    void eachNamedInterfaceWithEveryCounter() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("state.state", 1L);
        p.put("net.count", 2L);
        iface(p, 0, "vnet0", 100);
        iface(p, 1, "vnet1", 200);
        assertThat(InterfaceStatsParams.interfaces(p)).containsExactly(
                Map.entry("vnet0", new TrafficCounters(100, 101, 102, 103, 104, 105, 106, 107)),
                Map.entry("vnet1", new TrafficCounters(200, 201, 202, 203, 204, 205, 206, 207)));
    }

    @Test
    void aCounterMissingLeavesTheInterfaceOutRatherThanAZero() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("net.count", 2L);
        iface(p, 0, "vnet0", 100);
        iface(p, 1, "vnet1", 200);
        p.remove("net.1.tx.drop");
        assertThat(InterfaceStatsParams.interfaces(p)).containsOnlyKeys("vnet0");
        assertThat(InterfaceStatsParams.interfaces(Map.of())).isEmpty();
    }
}
