package io.patchbay.ops;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one connected libvirt host looks like to the planner.
 *
 * @param host               display name (the URI's host, or the --name given)
 * @param uri                the libvirt URI
 * @param liveDeviceChanges  whether the driver can attach/update/detach devices (test:/// cannot:
 *                           changes there redefine the persistent XML)
 * @param bridges            the host's bridges, or null when they could not be read
 * @param networks           libvirt network names
 */
public record HostState(String host, String uri, boolean liveDeviceChanges, Set<String> bridges,
                        Set<String> networks, List<DomainState> domains) {
    public HostState {
        bridges = bridges == null ? null : Set.copyOf(bridges);
        networks = Set.copyOf(networks);
        domains = List.copyOf(domains);
    }

    public Optional<DomainState> domain(String name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
