package io.patchbay.model;

import java.util.Locale;

/** What a network device is; the lower-case names are the CLI/JSON contract (docs/CLI.md). */
public enum DeviceKind {
    LOOPBACK, NIC, WIRELESS, BOND, VLAN, BRIDGE, TAP, VETH, MACVTAP, VXLAN, DUMMY, OVS, TUNNEL, OTHER;

    /** A switch that other devices attach to as ports: a Linux bridge or an Open vSwitch bridge. */
    public boolean isSwitch() {
        return this == BRIDGE || this == OVS;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeviceKind fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
