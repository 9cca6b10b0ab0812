package io.patchbay.ui.change;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small host pictures for the pure tests: h1 with bridges br0 (10.0.0.5/24) and br1, web1 running on br0 via vnet0, db1 shut off on br1. */
final class Graphs {
    static final String MAC = "52:54:00:a6:00:01";
    static final String OFF_MAC = "52:54:00:a6:00:02";

    private Graphs() {
    }

    static Device dev(String name, DeviceKind kind, String master, String... addresses) {
        return new Device(name, kind, null, 1500, null, null, master, List.of(addresses), null, null, null, null, null,
                null, null, null, kind == DeviceKind.TAP, null);
    }

    static HostTopology host(String name) {
        Vm web = new Vm("web1", "u1", "running", 1, true, List.of(new Vnic(MAC, "bridge", "br0", "vnet0", "virtio",
                "0000:01:00.0", "up", null, "net0", "eth0", "both")), null);
        Vm db = new Vm("db1", "u2", "shut off", null, true, List.of(new Vnic(OFF_MAC, "bridge", "br1", null, "virtio",
                null, "up", null, null, null, "both")), null);
        return new HostTopology(name, List.of("libvirt"), List.of(dev("eth0", DeviceKind.NIC, "br0"),
                dev("br0", DeviceKind.BRIDGE, null, "10.0.0.5/24"), dev("br1", DeviceKind.BRIDGE, null),
                dev("vnet0", DeviceKind.TAP, "br0")),
                List.of(new Link("vnet0", "br0", LinkKind.PORT), new Link("vnet0", "web1", LinkKind.VNIC)),
                List.of(web, db), List.of());
    }

    static Map<String, GraphSubject> subjects(HostTopology... hosts) {
        return TopologyGraph.of(List.of(hosts), Set.of()).subjects();
    }
}
