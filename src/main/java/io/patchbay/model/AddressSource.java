package io.patchbay.model;

import java.util.Locale;

/** Where a guest address was learnt: a libvirt network's DHCP lease, the guest agent, the host's ARP table. */
public enum AddressSource {
    LEASE, AGENT, ARP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
