package io.patchbay.libvirt;

import io.patchbay.model.NetworkInfo;

/**
 * A libvirt network and the bridge it uses (null when it has none, e.g. macvtap pools), with
 * what its XML says ({@code info}; null when the XML could not be read or parsed).
 */
public record LibvirtNetwork(String name, String bridge, boolean active, boolean persistent, NetworkInfo info) {
}
