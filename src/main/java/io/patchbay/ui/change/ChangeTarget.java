package io.patchbay.ui.change;

import io.patchbay.discovery.HostSource;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A host of the console that can be changed: its name on the graph, its libvirt URI, what reads its
 * devices (for the tap check after a change) and the address the console reaches it by.
 *
 * @param host              the host's name on the graph (its snapshot's name)
 * @param uri               the libvirt URI
 * @param hostReader        the source that reads the host's own devices (SSH or local), or a supplier of
 *                          null when libvirt is all the console has
 * @param managementAddress the host name or address the console reaches the host by (SSH target or
 *                          the URI's host), or null when the host is this computer
 */
public record ChangeTarget(String host, String uri, Supplier<HostSource> hostReader, String managementAddress) {
    public ChangeTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(uri, "uri");
        hostReader = hostReader == null ? () -> null : hostReader;
    }
}
