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
 * @param ovsBridges         the bridges known to be Open vSwitch bridges (from the host read, or
 *                           from a vNIC's {@code <virtualport type='openvswitch'/>}); also in bridges
 */
public record HostState(String host, String uri, boolean liveDeviceChanges, Set<String> bridges,
                        Set<String> networks, List<DomainState> domains, Set<String> ovsBridges) {
    public HostState {
        bridges = bridges == null ? null : Set.copyOf(bridges);
        networks = Set.copyOf(networks);
        domains = List.copyOf(domains);
        ovsBridges = ovsBridges == null ? Set.of() : Set.copyOf(ovsBridges);
    }

    /** A host without Open vSwitch bridges. */
    public HostState(String host, String uri, boolean liveDeviceChanges, Set<String> bridges, Set<String> networks,
                     List<DomainState> domains) {
        this(host, uri, liveDeviceChanges, bridges, networks, domains, Set.of());
    }

    public boolean isOvs(String bridge) {
        return bridge != null && ovsBridges.contains(bridge);
    }

    public Optional<DomainState> domain(String name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
