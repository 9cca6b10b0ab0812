package io.patchbay.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One network device of a host, merged from every source that mentioned it.
 *
 * <p>Any field a source cannot know is null (never invented). {@code provenance} maps a fact's
 * name ("mac", "mtu", "kind", "bridge.ports", ...) to the source it came from
 * (for example {@code "capture:rhev-host-01.ip-addr-show.txt"}).
 *
 * @param vnicTap true when this is a tap whose MAC starts with fe: (libvirt's host side of a vNIC)
 * @param peer    the other end of a veth, by name when it is known
 * @param linkInfoKind the kernel's own type word (linkinfo info_kind) when a source reported it
 * @param portVlan the VLANs of this device as a port of a switch (OVS tag/trunks, Linux bridge pvid/tagged)
 * @param ovs      what Open vSwitch's database says of this device as one of its interfaces
 * @param vfs      SR-IOV virtual functions of this physical function
 * @param stats    the kernel's traffic counters of this device ({@code ip -s}), or null when not read
 * @param network  for a {@link DeviceKind#NETWORK} node: the libvirt network it stands for
 */
public record Device(
        String name,
        DeviceKind kind,
        String mac,
        Integer mtu,
        LinkState state,
        Boolean carrier,
        String master,
        List<String> addresses,
        List<String> flags,
        Integer ifindex,
        String linkInfoKind,
        BondInfo bond,
        BridgeInfo bridge,
        VlanInfo vlan,
        MacvtapInfo macvtap,
        String peer,
        boolean vnicTap,
        Map<String, String> provenance,
        PortVlan portVlan,
        OvsInterface ovs,
        List<VirtualFunction> vfs,
        TrafficCounters stats,
        NetworkInfo network) {

    public Device {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        flags = flags == null ? List.of() : List.copyOf(flags);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        vfs = vfs == null ? List.of() : List.copyOf(vfs);
    }

    /** A device without switch-port VLANs, OVS facts or virtual functions. */
    public Device(String name, DeviceKind kind, String mac, Integer mtu, LinkState state, Boolean carrier,
                  String master, List<String> addresses, List<String> flags, Integer ifindex, String linkInfoKind,
                  BondInfo bond, BridgeInfo bridge, VlanInfo vlan, MacvtapInfo macvtap, String peer,
                  boolean vnicTap, Map<String, String> provenance) {
        this(name, kind, mac, mtu, state, carrier, master, addresses, flags, ifindex, linkInfoKind, bond, bridge,
                vlan, macvtap, peer, vnicTap, provenance, null, null, null, null, null);
    }

    /** A device whose traffic counters were not read. */
    public Device(String name, DeviceKind kind, String mac, Integer mtu, LinkState state, Boolean carrier,
                  String master, List<String> addresses, List<String> flags, Integer ifindex, String linkInfoKind,
                  BondInfo bond, BridgeInfo bridge, VlanInfo vlan, MacvtapInfo macvtap, String peer,
                  boolean vnicTap, Map<String, String> provenance, PortVlan portVlan, OvsInterface ovs,
                  List<VirtualFunction> vfs) {
        this(name, kind, mac, mtu, state, carrier, master, addresses, flags, ifindex, linkInfoKind, bond, bridge,
                vlan, macvtap, peer, vnicTap, provenance, portVlan, ovs, vfs, null, null);
    }

    /** A device that stands for no libvirt network. */
    public Device(String name, DeviceKind kind, String mac, Integer mtu, LinkState state, Boolean carrier,
                  String master, List<String> addresses, List<String> flags, Integer ifindex, String linkInfoKind,
                  BondInfo bond, BridgeInfo bridge, VlanInfo vlan, MacvtapInfo macvtap, String peer,
                  boolean vnicTap, Map<String, String> provenance, PortVlan portVlan, OvsInterface ovs,
                  List<VirtualFunction> vfs, TrafficCounters stats) {
        this(name, kind, mac, mtu, state, carrier, master, addresses, flags, ifindex, linkInfoKind, bond, bridge,
                vlan, macvtap, peer, vnicTap, provenance, portVlan, ovs, vfs, stats, null);
    }

    /** This device with other switch-port VLANs (null: none), everything else kept. */
    public Device withPortVlan(PortVlan newPortVlan) {
        return new Device(name, kind, mac, mtu, state, carrier, master, addresses, flags, ifindex, linkInfoKind, bond,
                bridge, vlan, macvtap, peer, vnicTap, provenance, newPortVlan, ovs, vfs, stats, network);
    }

    /** The node of a libvirt network: kind {@link DeviceKind#NETWORK}, named {@code network:NAME}. */
    public static Device ofNetwork(NetworkInfo network, Map<String, String> provenance) {
        return new Device(nodeName(network.name()), DeviceKind.NETWORK, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, provenance, null, null, null, null, network);
    }

    /**
     * The node name of the libvirt network {@code networkName}: "network:" + its name. No interface
     * can have a ':' in its name, so a network never shares a name with a device (a bridge-mode
     * network is often named like its bridge).
     */
    public static String nodeName(String networkName) {
        return NETWORK_PREFIX + networkName;
    }

    /** The prefix of a network node's name. */
    public static final String NETWORK_PREFIX = "network:";
}
