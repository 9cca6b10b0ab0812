package io.patchbay.ops;

/**
 * Why a change cannot be made to the running VM the way it was asked, decided from the vNIC and
 * its bridges (never from an error message). The plan carries it; the CLI and the preview say it.
 */
public enum LiveLimit {
    /**
     * libvirt sets a {@code <vlan>} live only on an Open vSwitch port (or a network that supports
     * VLANs); on a Linux bridge without VLAN filtering it refuses: only the persistent definition
     * can take it, effective at the VM's next start.
     */
    VLAN_NEEDS_OVS,
    /**
     * libvirt refuses a live source change when either bridge is Open vSwitch: the vNIC is
     * unplugged and plugged again instead (same MAC, model and PCI address; the guest sees the
     * NIC go and come back).
     */
    REPLUG,
    /**
     * The running VM has no free hotplug port (q35: every pcie-root-port holds a device) or PCI slot
     * (i440fx): libvirt would fail a live add with "No more available PCI slots". The persistent
     * definition can take the vNIC, effective at the VM's next start.
     */
    NO_FREE_SLOT
}
