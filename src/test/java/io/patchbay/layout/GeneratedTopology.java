package io.patchbay.layout;

import io.patchbay.model.BondInfo;
import io.patchbay.model.BondSlave;
import io.patchbay.model.BridgeInfo;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.LinkState;
import io.patchbay.model.VlanInfo;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtualization host of a given size for layout tests and benchmarks: 8 NICs, 4 bonds of two
 * slaves, 8 VLANs on the bonds, 8 bridges on the VLANs, then VMs with one tap each (every tenth
 * VM has a second tap on another bridge) until the host has {@code nodes} nodes.
 */
public final class GeneratedTopology {
    private GeneratedTopology() {
    }

    public static HostTopology host(String name, int nodes) {
        return host(name, nodes, 10);
    }

    /** As {@link #host(String, int)}; every {@code secondTapEvery}-th VM has a second tap (0: none, a pure tree). */
    public static HostTopology host(String name, int nodes, int secondTapEvery) {
        List<Device> devices = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            devices.add(device("eno" + i, DeviceKind.NIC, mac(1, i), "bond" + (i / 2), null, null, null));
            links.add(new Link("eno" + i, "bond" + (i / 2), LinkKind.SLAVE));
        }
        for (int b = 0; b < 4; b++) {
            BondInfo bond = new BondInfo("active-backup", "eno" + 2 * b, "up",
                    List.of(new BondSlave("eno" + 2 * b, "up", "up", null), new BondSlave("eno" + (2 * b + 1), "up", "up", null)));
            devices.add(device("bond" + b, DeviceKind.BOND, mac(2, b), null, bond, null, null));
        }
        for (int v = 0; v < 8; v++) {
            String parent = "bond" + (v / 2);
            String vlan = parent + "." + (100 + v);
            devices.add(device(vlan, DeviceKind.VLAN, mac(3, v), "br" + v, null, null, new VlanInfo(100 + v, "802.1Q", parent)));
            links.add(new Link(vlan, parent, LinkKind.VLAN));
            links.add(new Link(vlan, "br" + v, LinkKind.PORT));
        }
        int base = devices.size() + 8;
        List<List<String>> ports = new ArrayList<>();
        for (int b = 0; b < 8; b++) {
            ports.add(new ArrayList<>(List.of("bond" + (b / 2) + "." + (100 + b))));
        }
        int tap = 0;
        int used = base;
        for (int i = 0; used + 2 <= nodes; i++) {
            int b = (int) ((long) (used - base) * 8 / Math.max(1, nodes - base));
            List<Vnic> vnics = new ArrayList<>();
            int taps = (secondTapEvery > 0 && i % secondTapEvery == secondTapEvery - 1 && used + 3 <= nodes) ? 2 : 1;
            for (int t = 0; t < taps; t++) {
                int bridge = t == 0 ? b : (b + 3) % 8;
                String dev = "vnet" + tap;
                String guest = "52:54:00:" + hex(tap >> 16) + ":" + hex(tap >> 8) + ":" + hex(tap);
                devices.add(device(dev, DeviceKind.TAP, "fe" + guest.substring(2), "br" + bridge, null, null, null));
                links.add(new Link(dev, "br" + bridge, LinkKind.PORT));
                links.add(new Link(dev, "vm" + i, LinkKind.VNIC));
                ports.get(bridge).add(dev);
                vnics.add(new Vnic(guest, "bridge", "br" + bridge, dev, "virtio", "0000:0" + (t + 1) + ":00.0", "up",
                        1500, "net" + t, "eth" + t, "both"));
                tap++;
            }
            vms.add(new Vm("vm" + i, null, "running", i + 1, true, vnics, "generated"));
            used += 1 + taps;
        }
        for (int b = 0; b < 8; b++) {
            devices.add(device("br" + b, DeviceKind.BRIDGE, mac(4, b), null, null, new BridgeInfo(false, ports.get(b), null), null));
        }
        return new HostTopology(name, List.of("generated"), devices, links, vms, List.of());
    }

    /** The host with one more VM (one tap on {@code bridge}). */
    public static HostTopology withNewVm(HostTopology h, String vm, String tap, String bridge) {
        List<Device> devices = new ArrayList<>(h.devices());
        devices.add(device(tap, DeviceKind.TAP, "fe:54:00:ff:ff:01", bridge, null, null, null));
        List<Link> links = new ArrayList<>(h.links());
        links.add(new Link(tap, bridge, LinkKind.PORT));
        links.add(new Link(tap, vm, LinkKind.VNIC));
        List<Vm> vms = new ArrayList<>(h.vms());
        vms.add(new Vm(vm, null, "running", 9999, true,
                List.of(new Vnic("52:54:00:ff:ff:01", "bridge", bridge, tap, "virtio", null, "up", null, null, null, null)), "generated"));
        return new HostTopology(h.name(), h.sources(), devices, links, vms, h.warnings());
    }

    static Device device(String name, DeviceKind kind, String mac, String master, BondInfo bond, BridgeInfo bridge, VlanInfo vlan) {
        return new Device(name, kind, mac, 1500, LinkState.UP, true, master, List.of(), List.of(), null, null,
                bond, bridge, vlan, null, null, kind == DeviceKind.TAP, null);
    }

    private static String mac(int group, int i) {
        return "02:00:00:00:" + hex(group) + ":" + hex(i);
    }

    private static String hex(int v) {
        return String.format("%02x", v & 0xff);
    }
}
