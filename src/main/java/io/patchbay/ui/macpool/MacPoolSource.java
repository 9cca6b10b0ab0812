package io.patchbay.ui.macpool;

import io.patchbay.core.PatchbayException;
import io.patchbay.console.HostConnections;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacCensus;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacPools;
import io.patchbay.mac.MacRange;
import io.patchbay.mac.MacSighting;
import io.patchbay.mac.MacUsage;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the MAC pool manager reads and changes: the console home's pools and the MACs in use on
 * the connected hosts (libvirt hosts in full: live, persistent and snapshot XML; other hosts
 * from their last snapshot). Every call blocks: run it off the FX thread.
 */
public final class MacPoolSource {
    /** The pools (as rows and as read, for checking a new pool), the duplicates, read together. */
    public record Reading(List<PoolRow> pools, List<MacPool> asRead, List<DuplicateRow> duplicates, int macsInUse) {
        public Reading {
            pools = List.copyOf(pools);
            asRead = List.copyOf(asRead);
            duplicates = List.copyOf(duplicates);
        }
    }

    private final MacPoolStore store;
    private final List<String> libvirtUris;
    private final List<HostTopology> otherHosts;
    private final HostConnections connections;

    /**
     * @param libvirtUris the connected libvirt hosts (read in full)
     * @param otherHosts  the other hosts' snapshots (their VMs' vNIC MACs)
     */
    public MacPoolSource(Path home, List<String> libvirtUris, List<HostTopology> otherHosts) {
        this(home, libvirtUris, otherHosts, HostConnections.plain());
    }

    /** As above; the libvirt hosts are read through {@code connections}. */
    public MacPoolSource(Path home, List<String> libvirtUris, List<HostTopology> otherHosts, HostConnections connections) {
        this.store = new MacPoolStore(home);
        this.libvirtUris = List.copyOf(libvirtUris);
        this.otherHosts = List.copyOf(otherHosts);
        this.connections = connections;
    }

    /** The pools with their usage, and the MACs used by more than one domain. */
    public Reading read() throws PatchbayException {
        MacCensus census = new MacCensus();
        connections.readMacs(libvirtUris, census);
        for (HostTopology h : otherHosts) {
            for (Vm vm : h.vms()) {
                for (Vnic n : vm.vnics()) {
                    long mac = MacAddress.parseBits(n.mac() == null ? null : n.mac().toLowerCase(Locale.ROOT));
                    if (mac >= 0) {
                        census.add(new MacSighting(mac, h.name(), vm.name(), n.scope() == null ? "seen" : n.scope()));
                    }
                }
            }
        }
        MacUsage usage = census.usage();
        List<PoolRow> rows = new ArrayList<>();
        List<MacPool> all = store.read().all();
        for (MacPool p : all) {
            rows.add(PoolRow.of(p, usage));
        }
        List<DuplicateRow> dups = new ArrayList<>();
        for (Map.Entry<MacAddress, List<MacSighting>> e : census.duplicates().entrySet()) {
            dups.add(new DuplicateRow(e.getKey().toString(), e.getValue().stream().map(MacSighting::toString).toList()));
        }
        return new Reading(rows, all, dups, usage.size());
    }

    /** Adds ranges to a pool, all or none (the store's rules, {@link MacPools#addRange}). */
    public void addRanges(String pool, List<MacRange> ranges) throws PatchbayException {
        store.update((pools, random) -> {
            for (MacRange r : ranges) {
                pools.addRange(pool, r);
            }
            return null;
        });
    }

    /** Removes one range of a pool (refused while it holds MACs, or for the last range). */
    public void removeRange(String pool, MacRange range) throws PatchbayException {
        store.update((pools, random) -> {
            pools.removeRange(pool, range);
            return null;
        });
    }

    /** Adds a pool; BAD_INPUT when its name is taken or a range overlaps another pool's. */
    public void add(MacPool pool) throws PatchbayException {
        store.update((pools, random) -> {
            pools.add(pool);
            return null;
        });
    }
}
