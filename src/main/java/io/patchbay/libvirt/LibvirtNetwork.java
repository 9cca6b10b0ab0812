package io.patchbay.libvirt;

/** A libvirt network and the bridge it uses (null when it has none, e.g. macvtap pools). */
public record LibvirtNetwork(String name, String bridge, boolean active, boolean persistent) {
}
