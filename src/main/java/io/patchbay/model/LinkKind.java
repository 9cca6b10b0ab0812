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
    PATCH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
