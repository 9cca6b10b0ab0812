package io.patchbay.cli;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.mac.MacCensus;
import io.patchbay.mac.MacUsage;
import java.util.List;

/** The MACs in use on the hosts named by --libvirt, read before the pool file is locked. */
final class HostMacUsage {
    private final MacCensus census;

    private HostMacUsage(MacCensus census) {
        this.census = census;
    }

    static HostMacUsage read(List<String> libvirtUris) throws DiscoveryException {
        MacCensus census = new MacCensus();
        if (!libvirtUris.isEmpty()) {
            throw new DiscoveryException(DiscoveryException.Reason.OTHER, "--libvirt is not available in this build yet");
        }
        return new HostMacUsage(census);
    }

    MacUsage usage() {
        return census.usage();
    }

    String where(long mac) {
        return census.where(mac);
    }
}
