package io.patchbay.discovery;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.InterfaceType;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.NetworkInfo;
import io.patchbay.model.VirtualFunction;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The libvirt networks of a host as nodes of its graph (docs/decisions/libvirt-networks-as-nodes.md)
 * and the links that depend on VMs: a network's node to its bridge and to the host devices it
 * forwards to, a type='network' vNIC's tap to its network's node, and an SR-IOV physical
 * function to the VM holding one of its virtual functions (a hostdev vNIC, matched by MAC:
 * libvirt gives the VF the vNIC's MAC).
 */
final class NetworkNodes {
    private NetworkNodes() {
    }

    /**
     * The devices with a node per network; a network already there under the same name is
     * replaced (the later read is the newer state).
     *
     * @param origins where each network was read, by network name
     */
    static List<Device> withNetworks(List<Device> devices, java.util.Collection<NetworkInfo> networks,
                                     Map<String, String> origins) {
        Set<String> replaced = new LinkedHashSet<>();
        networks.forEach(n -> replaced.add(Device.nodeName(n.name())));
        List<Device> out = new ArrayList<>();
        for (Device d : devices) {
            if (!(d.kind() == DeviceKind.NETWORK && replaced.contains(d.name()))) {
                out.add(d);
            }
        }
        for (NetworkInfo n : networks) {
            String origin = origins.get(n.name());
            out.add(Device.ofNetwork(n, origin == null ? Map.of() : Map.of("network", origin)));
        }
        return out;
    }

    /** The network and VF links of these devices and VMs. */
    static List<Link> links(List<Device> devices, java.util.Collection<Vm> vms) {
        Map<String, Device> byName = new HashMap<>();
        devices.forEach(d -> byName.put(d.name(), d));
        List<Link> out = new ArrayList<>();
        for (Device d : devices) {
            if (d.kind() != DeviceKind.NETWORK || d.network() == null) {
                continue;
            }
            Set<String> lower = new LinkedHashSet<>();
            if (d.network().bridge() != null) {
                lower.add(d.network().bridge());
            }
            lower.addAll(d.network().forwardDevices());
            for (String l : lower) {
                if (byName.containsKey(l) && byName.get(l).kind() != DeviceKind.NETWORK) {
                    out.add(new Link(d.name(), l, LinkKind.NETWORK));
                }
            }
        }
        Map<String, String> pfByVfMac = new HashMap<>();
        for (Device d : devices) {
            for (VirtualFunction vf : d.vfs()) {
                if (vf.mac() != null && !vf.mac().equals("00:00:00:00:00:00")) {
                    pfByVfMac.putIfAbsent(vf.mac(), d.name());
                }
            }
        }
        VnicTaps taps = new VnicTaps(devices);
        Set<Link> vfLinks = new LinkedHashSet<>();
        for (Vm vm : vms) {
            for (Vnic n : vm.vnics()) {
                Device tap = taps.tapOf(n);
                String net = n.is(InterfaceType.NETWORK) && n.sourceName() != null
                        ? Device.nodeName(n.sourceName()) : null;
                if (tap != null && net != null && byName.containsKey(net)) {
                    out.add(new Link(tap.name(), net, LinkKind.NETWORK));
                }
                if (tap == null && n.mac() != null && pfByVfMac.containsKey(n.mac())) {
                    vfLinks.add(new Link(pfByVfMac.get(n.mac()), vm.name(), LinkKind.VF));
                }
            }
        }
        out.addAll(vfLinks);
        return out;
    }
}
