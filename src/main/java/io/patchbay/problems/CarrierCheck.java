package io.patchbay.problems;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bridge (Linux or Open vSwitch) that has physical paths (NICs, bonds, VLANs as ports) and no carrier on any of them.
 * A bridge without a physical port (an internal or isolated network) is not a problem, and a
 * port whose carrier no source reported counts as unknown, never as lost.
 */
final class CarrierCheck {
    private CarrierCheck() {
    }

    static void run(HostTopology host, Map<String, Device> byName, List<Problem> out) {
        for (Device bridge : host.devices()) {
            if (!bridge.kind().isSwitch()) {
                continue;
            }
            List<String> physical = new ArrayList<>();
            boolean anyCarrierOrUnknown = false;
            for (Device port : portsOf(host, bridge)) {
                if (!port.kind().leadsToWire()) {
                    continue;
                }
                physical.add(port.name());
                if (!Boolean.FALSE.equals(port.carrier())) {
                    anyCarrierOrUnknown = true;
                }
            }
            if (!physical.isEmpty() && !anyCarrierOrUnknown) {
                List<String> subjects = new ArrayList<>();
                subjects.add(bridge.name());
                subjects.addAll(physical);
                out.add(new Problem(Finding.BRIDGE_WITHOUT_CARRIER, Severity.ERROR, subjects,
                        List.of(bridge.name(), String.join(", ", physical))));
            }
        }
    }

    private static List<Device> portsOf(HostTopology host, Device bridge) {
        return host.devices().stream().filter(d -> bridge.name().equals(d.master())).toList();
    }
}
