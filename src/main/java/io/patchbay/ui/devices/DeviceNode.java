package io.patchbay.ui.devices;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A device with the devices that hang below it: bridge ports under their bridge, bond slaves
 * under their bond, VLANs and macvtaps under their parent. Plain Java, tested without a screen.
 */
public record DeviceNode(Device device, List<DeviceNode> children) {

    public static List<DeviceNode> forest(HostTopology t) {
        Map<String, Device> byName = new HashMap<>();
        t.devices().forEach(d -> byName.put(d.name(), d));
        Map<String, List<Device>> below = new HashMap<>();
        Set<String> placed = new HashSet<>();
        for (Device d : t.devices()) {
            String up = parentOf(d);
            if (up != null && !up.equals(d.name()) && byName.containsKey(up)) {
                below.computeIfAbsent(up, k -> new ArrayList<>()).add(d);
                placed.add(d.name());
            }
        }
        List<DeviceNode> roots = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Device d : t.devices()) {
            if (!placed.contains(d.name())) {
                roots.add(build(d, below, seen));
            }
        }
        // devices caught in a master cycle are shown at the top rather than lost
        for (Device d : t.devices()) {
            if (!seen.contains(d.name())) {
                roots.add(build(d, below, seen));
            }
        }
        return roots;
    }

    private static String parentOf(Device d) {
        if (d.master() != null) {
            return d.master();
        }
        if (d.kind() == DeviceKind.VLAN && d.vlan() != null) {
            return d.vlan().parent();
        }
        if (d.macvtap() != null) {
            return d.macvtap().lower();
        }
        return null;
    }

    private static DeviceNode build(Device d, Map<String, List<Device>> below, Set<String> seen) {
        seen.add(d.name());
        List<DeviceNode> kids = new ArrayList<>();
        for (Device c : below.getOrDefault(d.name(), List.of())) {
            if (!seen.contains(c.name())) {
                kids.add(build(c, below, seen));
            }
        }
        return new DeviceNode(d, List.copyOf(kids));
    }
}
