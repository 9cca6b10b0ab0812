package io.patchbay.model;

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
        String scope) {
}
