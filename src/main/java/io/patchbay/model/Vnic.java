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
 * @param vlan       the {@code <vlan>} tags
 * @param virtualport the {@code <virtualport type>}: openvswitch, 802.1Qbh, 802.1Qbg, midonet
 * @param sourceMode a direct (macvtap) vNIC's {@code <source mode>}: vepa, bridge, private, passthrough
 * @param bandwidth  the {@code <bandwidth>} limits
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
        VnicVlan vlan,
        String virtualport,
        String sourceMode,
        Bandwidth bandwidth,
        List<GuestAddress> addresses,
        TrafficCounters stats,
        List<FieldDrift> drift) {

    public Vnic {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        drift = drift == null ? List.of() : List.copyOf(drift);
    }

    /** A vNIC without VLAN, virtualport, source mode or bandwidth, before any live state is known. */
    public Vnic(String mac, String type, String sourceName, String target, String model, String pci, String link,
                Integer mtu, String alias, String guestName, String scope) {
        this(mac, type, sourceName, target, model, pci, link, mtu, alias, guestName, scope, null, null, null, null);
    }

    /** A vNIC as its XML describes it, before any live state is known. */
    public Vnic(String mac, String type, String sourceName, String target, String model, String pci, String link,
                Integer mtu, String alias, String guestName, String scope, VnicVlan vlan, String virtualport,
                String sourceMode, Bandwidth bandwidth) {
        this(mac, type, sourceName, target, model, pci, link, mtu, alias, guestName, scope, vlan, virtualport,
                sourceMode, bandwidth, null, null, null);
    }

    /** Whether libvirt's interface type of this vNIC is {@code t} (a bridge or a libvirt network vNIC). */
    public boolean is(InterfaceType t) {
        return InterfaceType.of(type).orElse(null) == t;
    }

    /** This vNIC with another guest name, everything else kept. */
    public Vnic withGuestName(String name) {
        return new Vnic(mac, type, sourceName, target, model, pci, link, mtu, alias, name, scope, vlan, virtualport,
                sourceMode, bandwidth, addresses, stats, drift);
    }

    /** This vNIC with another scope, everything else kept. */
    public Vnic withScope(String newScope) {
        return new Vnic(mac, type, sourceName, target, model, pci, link, mtu, alias, guestName, newScope, vlan,
                virtualport, sourceMode, bandwidth, addresses, stats, drift);
    }

    /** This vNIC with its live state: addresses, counters and drift. */
    public Vnic withLive(List<GuestAddress> addresses, TrafficCounters stats, List<FieldDrift> drift) {
        return new Vnic(mac, type, sourceName, target, model, pci, link, mtu, alias, guestName, scope, vlan,
                virtualport, sourceMode, bandwidth, addresses, stats, drift);
    }
}
