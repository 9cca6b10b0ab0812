package io.patchbay.layout;

import io.patchbay.model.DeviceKind;

/** The rows of the picture, known in advance, top to bottom: NICs, bonds, VLANs, bridges, vNICs/taps, VMs. */
public enum Layer {
    NIC, BOND, VLAN, BRIDGE, VNIC, VM;

    /** The row a device of this kind sits in. */
    public static Layer of(DeviceKind kind) {
        switch (kind) {
            case BOND:
                return BOND;
            case VLAN:
            case VXLAN:
                return VLAN;
            case BRIDGE:
            case OVS:
            case NETWORK:
                return BRIDGE;
            case TAP:
            case VETH:
            case MACVTAP:
                return VNIC;
            default:
                return NIC;
        }
    }
}
