package io.patchbay.problems;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import java.util.List;
import java.util.Map;

/**
 * MTU along the path uplink → bond → VLAN → bridge → tap: a bridge port whose MTU differs from its
 * bridge's, a VLAN or macvtap above its lower device, a bond member unlike its bond. Devices
 * whose MTU no source reported are never judged.
 */
final class MtuCheck {
    private MtuCheck() {
    }

    static void run(HostTopology host, Map<String, Device> byName, List<Problem> out) {
        bridgePorts(host, out);
        for (Device d : host.devices()) {
            if (d.mtu() == null) {
                continue;
            }
            Device master = d.master() == null ? null : byName.get(d.master());
            if (master != null && master.kind() == DeviceKind.BOND && master.mtu() != null
                    && !master.mtu().equals(d.mtu())) {
                out.add(new Problem(Finding.MTU_BOND_MEMBER, Severity.WARNING, List.of(d.name(), master.name()),
                        List.of(d.name(), d.mtu().toString(), master.name(), master.mtu().toString())));
            }
            String lowerName = lowerOf(d);
            Device lower = lowerName == null ? null : byName.get(lowerName);
            if (lower != null && lower.mtu() != null && d.mtu() > lower.mtu()) {
                out.add(new Problem(Finding.MTU_ABOVE_LOWER, Severity.ERROR, List.of(d.name(), lower.name()),
                        List.of(d.name(), d.mtu().toString(), lower.name(), lower.mtu().toString())));
            }
        }
    }

    /**
     * A bridge port whose MTU is below what the bridge carries (its own MTU or its largest
     * port's): larger frames are dropped on it. A port above its bridge is no fault (the bridge
     * forwards between ports; its own MTU only limits its own addresses).
     */
    private static void bridgePorts(HostTopology host, List<Problem> out) {
        Map<String, List<Device>> ports = new java.util.HashMap<>();
        for (Device d : host.devices()) {
            if (d.master() != null && d.mtu() != null) {
                ports.computeIfAbsent(d.master(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
        for (Device bridge : host.devices()) {
            List<Device> mine = ports.get(bridge.name());
            if (!bridge.kind().isSwitch() || mine == null) {
                continue;
            }
            int carried = bridge.mtu() == null ? 0 : bridge.mtu();
            for (Device p : mine) {
                carried = Math.max(carried, p.mtu());
            }
            for (Device p : mine) {
                if (p.mtu() < carried) {
                    out.add(new Problem(Finding.MTU_PORT_BELOW_BRIDGE, Severity.ERROR, List.of(p.name(), bridge.name()),
                            List.of(p.name(), p.mtu().toString(), bridge.name(), Integer.toString(carried))));
                }
            }
        }
    }

    /** The device a VLAN or macvtap sends through. */
    private static String lowerOf(Device d) {
        if (d.vlan() != null) {
            return d.vlan().parent();
        }
        if (d.macvtap() != null) {
            return d.macvtap().lower();
        }
        return null;
    }
}
