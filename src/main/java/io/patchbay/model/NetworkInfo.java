package io.patchbay.model;

import java.util.List;

/**
 * A libvirt virtual network as its XML ({@code virsh net-dumpxml}, a saved network XML or a
 * network status file) describes it. What the XML does not say is null or empty.
 *
 * @param name          the network's name ({@code <name>})
 * @param forwardMode   {@code <forward mode>}: nat, route, open, bridge, private, vepa,
 *                      passthrough, hostdev; null for an isolated network (no {@code <forward>})
 * @param bridge        {@code <bridge name>}: the Linux (or OVS) bridge libvirt made or uses
 * @param forwardDevices the host devices it forwards to: {@code <forward dev>}, each
 *                      {@code <forward><interface dev>}, and each {@code <forward><address type='pci'>}
 *                      of a hostdev pool (as domain:bus:slot.function)
 * @param addresses     each {@code <ip address prefix|netmask>} as address/prefix length
 * @param dhcpRanges    each {@code <dhcp><range start end>} as start-end
 * @param portgroups    the {@code <portgroup>}s with their VLANs
 * @param vlan          the network's own {@code <vlan>}
 * @param virtualport   the network's {@code <virtualport type>} (openvswitch, 802.1Qbh, ...)
 * @param active        running (null when the source does not say)
 * @param persistent    defined, not transient (null when the source does not say)
 */
public record NetworkInfo(String name, String forwardMode, String bridge, List<String> forwardDevices,
                          List<String> addresses, List<String> dhcpRanges, List<NetworkPortgroup> portgroups,
                          VnicVlan vlan, String virtualport, Boolean active, Boolean persistent) {
    public NetworkInfo {
        forwardDevices = forwardDevices == null ? List.of() : List.copyOf(forwardDevices);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        dhcpRanges = dhcpRanges == null ? List.of() : List.copyOf(dhcpRanges);
        portgroups = portgroups == null ? List.of() : List.copyOf(portgroups);
    }

    /** This network with what a source says of its state (a value already known is kept). */
    public NetworkInfo withState(Boolean isActive, Boolean isPersistent) {
        return new NetworkInfo(name, forwardMode, bridge, forwardDevices, addresses, dhcpRanges, portgroups, vlan,
                virtualport, active != null ? active : isActive, persistent != null ? persistent : isPersistent);
    }
}
