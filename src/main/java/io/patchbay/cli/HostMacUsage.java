package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import io.patchbay.console.HostConnections;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacCensus;
import io.patchbay.mac.MacSighting;
import io.patchbay.mac.MacUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The MACs in use on the hosts named by --libvirt (every domain's live and persistent XML and
 * its snapshots), read before the pool file is locked, with the duplicates found across them.
 */
final class HostMacUsage {
    private final MacCensus census;

    private HostMacUsage(MacCensus census) {
        this.census = census;
    }

    static HostMacUsage read(HostConnections connections, List<String> libvirtUris) throws PatchbayException {
        MacCensus census = new MacCensus();
        connections.readMacs(libvirtUris, census);
        return new HostMacUsage(census);
    }

    MacUsage usage() {
        return census.usage();
    }

    /** Every place {@code mac} was seen on the hosts, or null. */
    String places(long mac) {
        return census.places(mac);
    }

    /** One sentence per MAC used by two domains, naming every place. */
    List<String> duplicateWarnings() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<MacAddress, List<MacSighting>> e : census.duplicates().entrySet()) {
            out.add("MAC " + e.getKey() + " is used more than once: " + String.join(", ",
                    e.getValue().stream().map(MacSighting::toString).toList()));
        }
        return out;
    }
}
