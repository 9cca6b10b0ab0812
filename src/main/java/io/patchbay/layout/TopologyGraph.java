package io.patchbay.layout;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.InterfaceType;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns host snapshots into a graph to lay out: one node per device (a libvirt network is one
 * too), VM and tap-less vNIC, one edge per link; a tap-less vNIC hangs from its bridge, its
 * network or, when its MAC is an SR-IOV virtual function's, that function's physical device. A collapsed bridge hides the vNICs that hang only from it and the VMs left with
 * nothing visible; it then carries the number it hides.
 *
 * @param subjects what each node id stands for
 * @param hidden   per collapsed bridge id, how many nodes it hides
 * @param collapsible bridge ids that have vNICs below them (those can be collapsed)
 */
public record TopologyGraph(LayoutGraph graph, Map<String, GraphSubject> subjects, Map<String, Integer> hidden,
                            Set<String> collapsible) {
    public static final double DEVICE_WIDTH = 132;
    public static final double DEVICE_HEIGHT = 34;
    public static final double VM_WIDTH = 140;
    public static final double VM_HEIGHT = 40;

    /** The id of a device node. */
    public static String deviceId(String host, String device) {
        return host + "/" + device;
    }

    /** The id of a VM node. */
    public static String vmId(String host, String vm) {
        return host + "/vm:" + vm;
    }

    /** The id of a tap-less vNIC node. */
    public static String vnicId(String host, String vm, int index) {
        return host + "/vnic:" + vm + "#" + index;
    }

    public static TopologyGraph of(List<HostTopology> hosts, Set<String> collapsed) {
        List<String> names = new ArrayList<>();
        List<LayoutNode> nodes = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        Map<String, GraphSubject> subjects = new LinkedHashMap<>();
        Map<String, Integer> hiddenCount = new HashMap<>();
        Set<String> collapsible = new HashSet<>();
        for (HostTopology h : hosts) {
            String host = h.name();
            names.add(host);
            Map<String, Device> devices = new HashMap<>();
            h.devices().forEach(d -> devices.putIfAbsent(d.name(), d));
            Map<String, Vm> vms = new HashMap<>();
            h.vms().forEach(v -> vms.putIfAbsent(v.name(), v));

            // which bridge a vNIC-layer device or tap-less vNIC hangs from
            Set<String> hiddenIds = new HashSet<>();
            Map<String, Integer> visibleVnicsOfVm = new HashMap<>();
            for (Device d : devices.values()) {
                if (Layer.of(d.kind()) == Layer.VNIC && d.master() != null) {
                    Device m = devices.get(d.master());
                    if (m != null && Layer.of(m.kind()) == Layer.BRIDGE) {
                        String bid = deviceId(host, m.name());
                        collapsible.add(bid);
                        if (collapsed.contains(bid)) {
                            hiddenIds.add(deviceId(host, d.name()));
                        }
                    }
                }
            }
            List<LayoutEdge> hostEdges = new ArrayList<>();
            Set<String> linked = new HashSet<>();
            Map<String, String> pfByVfMac = new HashMap<>();
            for (Device d : h.devices()) {
                d.vfs().forEach(vf -> {
                    if (vf.mac() != null) {
                        pfByVfMac.putIfAbsent(vf.mac(), d.name());
                    }
                });
            }
            for (Link l : h.links()) {
                if (l.kind() == LinkKind.VF) {
                    continue; // drawn from the VM's hostdev vNIC to the physical function, below
                }
                String from = deviceId(host, l.from());
                String to = l.kind().endsAtVm() ? vmId(host, l.to()) : deviceId(host, l.to());
                hostEdges.add(new LayoutEdge(from, to, l.kind().wireName()));
                if (l.kind() == LinkKind.VNIC) {
                    linked.add(l.from() + "\u0000" + l.to());
                }
            }
            for (Vm vm : h.vms()) {
                int i = 0;
                for (Vnic v : vm.vnics()) {
                    int index = i++;
                    Device tap = v.target() == null ? null : devices.get(v.target());
                    String bridgeId = v.sourceName() != null && devices.containsKey(v.sourceName())
                            && Layer.of(devices.get(v.sourceName()).kind()) == Layer.BRIDGE
                            ? deviceId(host, v.sourceName()) : null;
                    String networkId = v.is(InterfaceType.NETWORK) && v.sourceName() != null
                            && devices.containsKey(Device.nodeName(v.sourceName()))
                            ? deviceId(host, Device.nodeName(v.sourceName())) : null;
                    String pf = v.mac() == null ? null : pfByVfMac.get(v.mac());
                    String nicId;
                    if (tap != null) {
                        nicId = deviceId(host, tap.name());
                        if (!linked.contains(tap.name() + "\u0000" + vm.name())) {
                            hostEdges.add(new LayoutEdge(nicId, vmId(host, vm.name()), LinkKind.VNIC.wireName()));
                        }
                    } else {
                        nicId = vnicId(host, vm.name(), index);
                        subjects.put(nicId, new GraphSubject.OfVnic(host, vm, v));
                        nodes.add(new LayoutNode(nicId, host, Layer.VNIC, "~" + vm.name() + "#" + index, DEVICE_WIDTH, DEVICE_HEIGHT));
                        hostEdges.add(new LayoutEdge(nicId, vmId(host, vm.name()), LinkKind.VNIC.wireName()));
                        if (networkId != null) {
                            hostEdges.add(new LayoutEdge(nicId, networkId, LinkKind.NETWORK.wireName()));
                        } else if (pf != null) {
                            hostEdges.add(new LayoutEdge(nicId, deviceId(host, pf), LinkKind.VF.wireName()));
                        } else if (bridgeId != null) {
                            hostEdges.add(new LayoutEdge(nicId, bridgeId, LinkKind.PORT.wireName()));
                            collapsible.add(bridgeId);
                            if (collapsed.contains(bridgeId)) {
                                hiddenIds.add(nicId);
                            }
                        }
                    }
                    if (!hiddenIds.contains(nicId)) {
                        visibleVnicsOfVm.merge(vm.name(), 1, Integer::sum);
                    }
                }
            }
            for (Vm vm : h.vms()) {
                if (!vm.vnics().isEmpty() && !visibleVnicsOfVm.containsKey(vm.name())) {
                    hiddenIds.add(vmId(host, vm.name()));
                }
            }
            for (Device d : devices.values()) {
                String id = deviceId(host, d.name());
                if (d.kind().isSwitch() && collapsed.contains(id)) {
                    hiddenCount.put(id, 0);
                }
            }
            // count what each collapsed bridge hides: its vNICs, and VMs it left without any
            for (LayoutEdge e : hostEdges) {
                String bridge = e.to();
                if (hiddenIds.contains(e.from()) && hiddenCount.containsKey(bridge)) {
                    hiddenCount.merge(bridge, 1, Integer::sum);
                }
            }
            for (Device d : h.devices()) {
                String id = deviceId(host, d.name());
                if (!subjects.containsKey(id)) {
                    subjects.put(id, new GraphSubject.OfDevice(host, d));
                    nodes.add(new LayoutNode(id, host, Layer.of(d.kind()), d.name(), DEVICE_WIDTH, DEVICE_HEIGHT));
                }
            }
            for (Vm vm : h.vms()) {
                String id = vmId(host, vm.name());
                if (!subjects.containsKey(id)) {
                    subjects.put(id, new GraphSubject.OfVm(host, vm));
                    nodes.add(new LayoutNode(id, host, Layer.VM, vm.name(), VM_WIDTH, VM_HEIGHT));
                }
            }
            nodes.removeIf(n -> hiddenIds.contains(n.id()));
            hiddenIds.forEach(subjects::remove);
            for (LayoutEdge e : hostEdges) {
                if (subjects.containsKey(e.from()) && subjects.containsKey(e.to())) {
                    edges.add(e);
                }
            }
        }
        return new TopologyGraph(new LayoutGraph(names, nodes, edges), subjects, hiddenCount, collapsible);
    }
}
