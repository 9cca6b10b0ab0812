package io.patchbay.discovery.capture;

/** What a saved output is, as recognised from its content ({@link CaptureDetector}). */
public enum CaptureKind {
    /** {@code ip -j [-d] [-s] link show} or {@code ip -j [-d] addr show} */
    IP_JSON("ip -j link/addr output"),
    /** {@code bridge -j link show} */
    BRIDGE_JSON("bridge -j link output"),
    /** {@code bridge -j vlan show} */
    BRIDGE_VLAN_JSON("bridge -j vlan show output"),
    /** {@code bridge [-d] vlan show} in text */
    BRIDGE_VLAN_TEXT("bridge vlan show output"),
    /** {@code ip addr}, {@code ip link} in text, with or without -d, -s, -o */
    IP_TEXT("ip addr/link output"),
    /** {@code brctl show} */
    BRCTL_SHOW("brctl show output"),
    /** a {@code /proc/net/bonding/<bond>} file */
    BONDING("a /proc/net/bonding file"),
    /** a libvirt domain XML ({@code <domain>}) */
    DOMAIN_XML("a libvirt domain XML"),
    /** a libvirt live status file ({@code <domstatus>}) */
    DOMSTATUS_XML("a libvirt domain status XML"),
    /** a libvirt network XML ({@code <network>}) or network status file ({@code <networkstatus>}) */
    NETWORK_XML("a libvirt network XML"),
    /** {@code virsh list --all} */
    VIRSH_LIST("virsh list output"),
    /** {@code ovs-vsctl -f json list Bridge|Port|Interface} */
    OVSDB_JSON("ovs-vsctl -f json list output"),
    /** {@code ovs-vsctl show} */
    OVS_SHOW("ovs-vsctl show output"),
    /** {@code ovs-appctl bond/show} */
    OVS_BOND_SHOW("ovs-appctl bond/show output"),
    /** {@code hostname}; only taken from its known place in a sosreport, never guessed */
    HOSTNAME("hostname output");

    private final String description;

    CaptureKind(String description) {
        this.description = description;
    }

    /** A few words for messages, e.g. "brctl show output". */
    public String description() {
        return description;
    }
}
