package io.patchbay.model;

/**
 * What Open vSwitch's database says of one of its interfaces. Null where it does not say.
 *
 * @param type        the Interface type: "" (system), internal, patch, vxlan, geneve, gre, ...
 * @param remoteIp    a tunnel's options:remote_ip
 * @param tunnelKey   a tunnel's options:key (the VNI of a vxlan)
 * @param attachedMac external_ids:attached-mac, the guest MAC libvirt notes on a vNIC's tap
 */
public record OvsInterface(String type, String remoteIp, String tunnelKey, String attachedMac) {
}
