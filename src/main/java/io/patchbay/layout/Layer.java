package io.patchbay.layout;

import io.patchbay.model.DeviceKind;

/** The rows of the picture, known in advance, top to bottom: NICs, bonds, VLANs, bridges, vNICs/taps, VMs. */
public enum Layer {
    NIC, BOND, VLAN, BRIDGE, VNIC, VM;

    /** The row a device of this kind sits in. */
    public static Layer of(DeviceKind kind) {
        return switch (kind) {
            case BOND -> BOND;
            case VLAN, VXLAN -> VLAN;
            case BRIDGE, OVS, NETWORK -> BRIDGE;
            case TAP, VETH, MACVTAP -> VNIC;
            case LOOPBACK, NIC, WIRELESS, DUMMY, TUNNEL, OTHER -> NIC;
        };
    }
}
