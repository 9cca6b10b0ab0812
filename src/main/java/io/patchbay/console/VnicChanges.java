package io.patchbay.console;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.ops.DomainDevices;
import io.patchbay.ops.Executor;
import io.patchbay.ops.HostTapVerifier;
import io.patchbay.ops.Journal;
import io.patchbay.ops.PoolMacSupply;
import io.patchbay.ops.VnicService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The change service of one host, built the same for {@code patchbay vnic} and the console: the
 * host's libvirt connection, the other libvirt hosts whose MACs a new vNIC must not reuse, the MAC
 * pools and the journal of the console home, and the tap check when the host's devices are read
 * too (over SSH or locally). Close it to close every connection it opened.
 *
 * @param devices the host's own libvirt connection
 * @param macs    the MAC pools new vNICs take from (a discarded plan gives its MAC back here)
 */
public record VnicChanges(VnicService service, DomainDevices devices, PoolMacSupply macs, List<DomainDevices> opened)
        implements AutoCloseable {
    /**
     * Opens the changes of host {@code host} at libvirt {@code uri}.
     *
     * @param reader   reads the host's own devices beside libvirt, or null
     * @param peerUris the other libvirt hosts (the host's own URI and repeats are skipped)
     * @param hook     called before each step (tests), or null
     */
    public static VnicChanges open(HostConnections connections, String host, String uri, HostSource reader,
                                   List<String> peerUris, Path home, Executor.StepHook hook) throws PatchbayException {
        List<DomainDevices> opened = new ArrayList<>();
        try {
            DomainDevices devices = connections.domainDevices(uri, reader);
            opened.add(devices);
            List<DomainDevices> peers = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(uri));
            for (String p : peerUris) {
                if (seen.add(p)) {
                    DomainDevices d = connections.domainDevices(p, null);
                    opened.add(d);
                    peers.add(d);
                }
            }
            PoolMacSupply macs = new PoolMacSupply(new MacPoolStore(home));
            VnicService service = new VnicService(devices, host, peers, macs,
                    reader == null ? null : new HostTapVerifier(reader), new Journal(home), hook);
            return new VnicChanges(service, devices, macs, List.copyOf(opened));
        } catch (PatchbayException | RuntimeException e) {
            opened.forEach(DomainDevices::close);
            throw e;
        }
    }

    @Override
    public void close() {
        opened.forEach(DomainDevices::close);
    }
}
