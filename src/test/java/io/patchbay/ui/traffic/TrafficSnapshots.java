package io.patchbay.ui.traffic;

import io.patchbay.model.HostTopology;
import io.patchbay.model.TrafficCounters;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.List;

/** Host snapshots built by hand: VMs with one vNIC each and the counters a test chooses. */
final class TrafficSnapshots {
    static final String HOST = "kvm1";

    private TrafficSnapshots() {
    }

    /** Counters with {@code rx}/{@code tx} bytes, packets as bytes/100, and the given drops. */
    static TrafficCounters counters(long rx, long tx, long rxDrops, long txErrors) {
        return new TrafficCounters(rx, rx / 100, 0, rxDrops, tx, tx / 100, txErrors, 0);
    }

    static Vnic vnic(String mac, TrafficCounters stats) {
        return new Vnic(mac, "bridge", "br0", "vnet" + mac.substring(mac.length() - 1), "virtio", null, "up", null, null,
                null, "both").withLive(List.of(), stats, List.of());
    }

    /** A host whose running VM {@code vm} has one vNIC per MAC/counters pair. */
    static HostTopology host(String name, String vm, Object... macAndCounters) {
        List<Vnic> vnics = new ArrayList<>();
        for (int i = 0; i < macAndCounters.length; i += 2) {
            vnics.add(vnic((String) macAndCounters[i], (TrafficCounters) macAndCounters[i + 1]));
        }
        return new HostTopology(name, List.of("libvirt"), List.of(), List.of(),
                List.of(new Vm(vm, null, "running", 1, true, vnics, "libvirt")), List.of());
    }
}
