package io.patchbay.ui;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.model.AddressSource;
import io.patchbay.model.GuestAddress;
import io.patchbay.model.HostTopology;
import io.patchbay.model.TrafficCounters;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A capture (real outputs, no counters of their own) whose running VMs' vNICs get the live state
 * a libvirt read adds: counters that grow by {@link #RX_STEP} / {@link #TX_STEP} bytes at each
 * read (drops of {@link #LOSSY_VM} too), and {@link #ADDRESS} as a DHCP lease of the first
 * running VM. For tests and screenshots of rates, sparklines and loss marks.
 */
final class CountedCapture implements HostSource {
    static final long RX_STEP = 40_000_000;
    static final long TX_STEP = 6_000_000;
    static final String ADDRESS = "198.51.100.123/24";
    static final String LOSSY_VM = "vm-b";

    private final CaptureSource capture;
    private final AtomicInteger reads = new AtomicInteger();

    CountedCapture(List<Path> paths) {
        this.capture = new CaptureSource(null, paths);
    }

    @Override
    public String describe() {
        return capture.describe() + " (counted)";
    }

    @Override
    public HostTopology refresh() throws DiscoveryException {
        HostTopology t = capture.refresh();
        int n = reads.incrementAndGet();
        boolean[] first = {true};
        List<Vm> vms = t.vms().stream().map(vm -> {
            if (!"running".equals(vm.state())) {
                return vm;
            }
            boolean lossy = vm.name().equals(LOSSY_VM);
            List<GuestAddress> addresses = first[0] ? List.of(new GuestAddress(ADDRESS, AddressSource.LEASE)) : List.of();
            first[0] = false;
            // a wave, so that the sparkline is not a flat line
            long wave = (n % 3) * RX_STEP / 4;
            TrafficCounters c = new TrafficCounters(n * RX_STEP + wave, n * 1000L, 0, lossy ? n * 4L : 0,
                    n * TX_STEP, n * 500L, 0, 0);
            List<Vnic> vnics = vm.vnics().stream().map(v -> v.withLive(addresses, c, v.drift())).toList();
            return new Vm(vm.name(), vm.uuid(), vm.state(), vm.id(), vm.persistent(), vnics, vm.origin());
        }).toList();
        return new HostTopology(t.name(), t.sources(), t.devices(), t.links(), vms, t.warnings());
    }
}
