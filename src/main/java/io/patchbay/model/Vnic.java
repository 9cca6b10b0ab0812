package io.patchbay.model;

import java.util.List;

/**
 * A VM's virtual NIC as libvirt describes it. Fields a source cannot know are null.
 *
 * @param type       interface type: bridge, network, direct, ethernet, hostdev, vhostuser, user
 * @param sourceName the bridge, network or (direct) lower device name
 * @param target     the host-side device (target dev), e.g. vnet0
 * @param pci        PCI address as domain:bus:slot.function, e.g. 0000:01:00.0
 * @param link       link state: up or down (libvirt default up when absent in live XML)
 * @param guestName  predicted name inside the guest (libvirt issue)
 * @param scope      live, config or both (drift; libvirt issue)
 * @param addresses  the guest's addresses on this vNIC with where each was learnt (running VMs)
 * @param stats      the vNIC's counters from the guest's point of view (running VMs), or null
 * @param drift      the facts that differ between the live and the persistent definition
 */
public record Vnic(
        String mac,
        String type,
        String sourceName,
        String target,
        String model,
        String pci,
        String link,
        Integer mtu,
        String alias,
        String guestName,
        String scope,
        List<GuestAddress> addresses,
        TrafficCounters stats,
        List<FieldDrift> drift) {

    public Vnic {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        drift = drift == null ? List.of() : List.copyOf(drift);
    }

    /** A vNIC as its XML describes it, before any live state is known. */
    public Vnic(String mac, String type, String sourceName, String target, String model, String pci, String link,
                Integer mtu, String alias, String guestName, String scope) {
        this(mac, type, sourceName, target, model, pci, link, mtu, alias, guestName, scope, null, null, null);
    }

    /** This vNIC with its live state: addresses, counters and drift. */
    public Vnic withLive(List<GuestAddress> addresses, TrafficCounters stats, List<FieldDrift> drift) {
        return new Vnic(mac, type, sourceName, target, model, pci, link, mtu, alias, guestName, scope, addresses,
                stats, drift);
    }
}
