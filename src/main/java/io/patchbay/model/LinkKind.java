package io.patchbay.model;

import java.util.Locale;

/** How two things are connected (docs/CLI.md links[].kind). */
public enum LinkKind {
    /** device to the bridge it is a port of */
    PORT,
    /** device to its bond */
    SLAVE,
    /** VLAN device to its parent */
    VLAN,
    /** macvtap/vxlan/other to its lower device */
    LOWER,
    /** tap to the VM that owns it */
    VNIC,
    /** an Open vSwitch patch port to its peer patch port */
    PATCH,
    /**
     * a libvirt network's node to its bridge (or to each host device it forwards to), and a
     * type='network' vNIC's tap to its network's node
     */
    NETWORK,
    /** an SR-IOV physical function to the VM that has one of its virtual functions (hostdev, matched by MAC) */
    VF;

    /** Its {@code to} names a VM (a tap's vNIC link, a physical function's VF link), not a device. */
    public boolean endsAtVm() {
        return switch (this) {
            case VNIC, VF -> true;
            case PORT, SLAVE, VLAN, LOWER, PATCH, NETWORK -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
