package io.patchbay.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The libvirt {@code <interface type='...'>} of a vNIC that Patchbay changes: on a bridge (a Linux
 * bridge or an Open vSwitch bridge alike: libvirt says {@code bridge} for both) or on a libvirt
 * network. Other types (direct, hostdev, user, ...) are shown but never moved or re-tagged.
 */
public enum InterfaceType {
    BRIDGE, NETWORK;

    /** The attribute value, as libvirt writes it. */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type libvirt's attribute value {@code type} names; empty for the types Patchbay does not change. */
    public static Optional<InterfaceType> of(String type) {
        for (InterfaceType t : values()) {
            if (t.xmlName().equals(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
