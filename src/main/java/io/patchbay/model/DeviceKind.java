package io.patchbay.model;

import java.util.Locale;

/**
 * What a network device is; the lower-case names are the CLI/JSON contract (docs/CLI.md).
 *
 * <p>Code that decides by what a device can do asks its capability ({@link #isSwitch()},
 * {@link #tagsPorts()}, {@link #isPhysical()}, {@link #leadsToWire()}, {@link #isGuestSide()},
 * {@link #isTunnel()}), not for one kind by name; a kind named directly means that kind alone
 * (a Linux bridge for {@code ip link set master}, a bond for its slaves). Every capability and
 * every {@code switch} over kinds lists all kinds without a {@code default}, so a new kind does not
 * compile until each place has said what it is.
 */
public enum DeviceKind {
    LOOPBACK, NIC, WIRELESS, BOND, VLAN, BRIDGE, TAP, VETH, MACVTAP, VXLAN, DUMMY, OVS, TUNNEL, OTHER,
    /** a libvirt virtual network (not a kernel interface): its node links to its bridge */
    NETWORK;

    /** A switch that other devices attach to as ports: a Linux bridge or an Open vSwitch bridge. */
    public boolean isSwitch() {
        return switch (this) {
            case BRIDGE, OVS -> true;
            case LOOPBACK, NIC, WIRELESS, BOND, VLAN, TAP, VETH, MACVTAP, VXLAN, DUMMY, TUNNEL, OTHER, NETWORK -> false;
        };
    }

    /**
     * A switch whose ports can carry VLAN tags (an access tag, a trunk): an Open vSwitch bridge
     * always, a Linux bridge once its {@code vlan_filtering} is on ({@link BridgeInfo#vlanFiltering()}).
     */
    public boolean tagsPorts() {
        return switch (this) {
            case BRIDGE, OVS -> true;
            case LOOPBACK, NIC, WIRELESS, BOND, VLAN, TAP, VETH, MACVTAP, VXLAN, DUMMY, TUNNEL, OTHER, NETWORK -> false;
        };
    }

    /** Hardware: its carrier is a cable or a radio (a NIC, a wireless card). */
    public boolean isPhysical() {
        return switch (this) {
            case NIC, WIRELESS -> true;
            case LOOPBACK, BOND, VLAN, BRIDGE, TAP, VETH, MACVTAP, VXLAN, DUMMY, OVS, TUNNEL, OTHER, NETWORK -> false;
        };
    }

    /**
     * A path to the wire: hardware, or a bond or a VLAN on it, whose carrier says whether frames
     * leave the host (a bridge port of this kind without carrier cuts the bridge off).
     */
    public boolean leadsToWire() {
        return switch (this) {
            case NIC, WIRELESS, BOND, VLAN -> true;
            case LOOPBACK, BRIDGE, TAP, VETH, MACVTAP, VXLAN, DUMMY, OVS, TUNNEL, OTHER, NETWORK -> false;
        };
    }

    /** The host side of a guest's vNIC: libvirt's tap, or a macvtap on a host device. */
    public boolean isGuestSide() {
        return switch (this) {
            case TAP, MACVTAP -> true;
            case LOOPBACK, NIC, WIRELESS, BOND, VLAN, BRIDGE, VETH, VXLAN, DUMMY, OVS, TUNNEL, OTHER, NETWORK -> false;
        };
    }

    /** Carries frames to another machine inside IP: VXLAN, or another tunnel (GRE, Geneve, ...). */
    public boolean isTunnel() {
        return switch (this) {
            case VXLAN, TUNNEL -> true;
            case LOOPBACK, NIC, WIRELESS, BOND, VLAN, BRIDGE, TAP, VETH, MACVTAP, DUMMY, OVS, OTHER, NETWORK -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeviceKind fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
