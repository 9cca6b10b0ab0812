package io.patchbay.discovery.parse;

import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.LinkState;
import java.util.ArrayList;
import java.util.List;

/**
 * What one output says about one device. Every field is optional (null = this output does not
 * say); the merge combines the facts of all outputs into a {@link io.patchbay.model.Device}.
 * A plain mutable carrier filled by exactly one parser, then only read.
 */
public final class DeviceFacts {
    public final String name;
    /** Kind when the output says it for certain (linkinfo kind, brctl bridge, bonding file). */
    public DeviceKind kind;
    public String mac;
    public Integer mtu;
    public LinkState state;
    public Boolean carrier;
    /** The bridge or bond this device is enslaved to. */
    public String master;
    public final List<String> addresses = new ArrayList<>();
    public final List<String> flags = new ArrayList<>();
    public Integer ifindex;
    /** link/ether, link/loopback, link/ipip, ... (without "link/") */
    public String linkType;
    /** linkinfo info_kind: bridge, bond, vlan, tun, veth, macvtap, vxlan, ipip, team, ... */
    public String linkInfoKind;
    /** linkinfo info_slave_kind: bridge_slave, bond_slave, team_slave, ... */
    public String slaveKind;
    /** The device after '@' in "name@parent", or the lower/parent device named by linkinfo. */
    public String parent;
    /** The ifindex after "@if" for veth peers and devices in other namespaces. */
    public Integer parentIfindex;
    /** tun type: tap or tun. */
    public String tunType;

    // bond (this device is the bond)
    public String bondMode;
    public String bondActiveSlave;
    public String bondMiiStatus;
    /** 802.3ad: the aggregator the bond transmits on. */
    public Integer bondActiveAggregator;
    /** The kernel's counters ({@code ip -s}: stats64). */
    public io.patchbay.model.TrafficCounters stats;
    public final List<BondSlave> bondSlaves = new ArrayList<>();

    // bond slave (this device is a slave): its own state as the bond reports it
    public String slaveState;
    public String slaveMii;
    public String permanentMac;

    // bridge (this device is the bridge)
    public Boolean bridgeStp;
    public final List<String> bridgePorts = new ArrayList<>();
    public String bridgeId;

    // vlan
    public Integer vlanId;
    public String vlanProtocol;

    // macvtap / macvlan
    public String macvtapMode;

    // Open vSwitch (ovs-vsctl list Bridge/Port/Interface, ovs-vsctl show, ovs-appctl bond/show)
    /**
     * The kind Open vSwitch's database gives the device (bridge: OVS; port of several interfaces:
     * BOND; internal, patch or tunnel interface); it wins over the kernel's type word, which calls
     * a userspace-datapath bridge a tap and every kernel-datapath internal port "openvswitch".
     */
    public DeviceKind ovsKind;
    /** The Port row's _uuid (ovs-vsctl -f json list Port). */
    public String ovsPortUuid;
    /** The Interface row's _uuid (ovs-vsctl -f json list Interface). */
    public String ovsInterfaceUuid;
    /** A Bridge row's ports, by Port _uuid. */
    public final List<String> ovsBridgePortUuids = new ArrayList<>();
    /** A Port row's interfaces, by Interface _uuid. */
    public final List<String> ovsPortInterfaceUuids = new ArrayList<>();
    /** The OVS bridge this port belongs to, where an output names it (ovs-vsctl show). */
    public String ovsBridge;
    /** A bond port's bond_active_slave: the MAC of the active interface. */
    public String ovsBondActiveMac;
    /** The Interface's type ("" for a system interface), options:remote_ip, options:key, options:peer. */
    public String ovsType;
    public String ovsRemoteIp;
    public String ovsTunnelKey;
    public String ovsPatchPeer;
    /** external_ids:attached-mac: the guest MAC libvirt notes on a vNIC's tap. */
    public String ovsAttachedMac;

    // VLANs of a switch port: OVS tag/trunks/vlan_mode, Linux bridge pvid/untagged/tagged
    public Integer portTag;
    public final List<Integer> portTrunks = new ArrayList<>();
    public String portVlanMode;
    public Integer portPvid;
    public final List<Integer> portUntagged = new ArrayList<>();
    public final List<Integer> portTagged = new ArrayList<>();
    /** A Linux bridge's vlan_filtering. */
    public Boolean bridgeVlanFiltering;

    // SR-IOV: the virtual functions of this physical function
    public final List<io.patchbay.model.VirtualFunction> vfs = new ArrayList<>();

    /** The name is a file's name, not one an output gave (a /proc/net/bonding file saved under another name). */
    public boolean nameFromFileName;

    public DeviceFacts(String name) {
        this.name = name;
    }
}
