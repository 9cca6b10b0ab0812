package io.patchbay.model;

/** One {@code <portgroup>} of a libvirt network: its name, whether it is the default, its {@code <vlan>}. */
public record NetworkPortgroup(String name, boolean isDefault, VnicVlan vlan) {
}
