package io.patchbay.ui;

import io.patchbay.core.PatchbayException;
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
 * a libvirt read adds: counters that grow at each read by about {@link #RX_STEP} / {@link #TX_STEP}
 * bytes, in waves (drops of {@link #LOSSY_VM} by 4), and {@link #ADDRESS} as a DHCP lease of the
 * first running VM. For tests and screenshots of rates, sparklines and loss marks.
 */
final class CountedCapture implements HostSource {
    static final long RX_STEP = 40_000_000;
    static final long TX_STEP = 6_000_000;
    static final String ADDRESS = "198.51.100.123/24";
    static final String LOSSY_VM = "vm-b";

    private final CaptureSource capture;
    private final AtomicInteger reads = new AtomicInteger();

    CountedCapture(List<Path> paths) {
        this(paths, 0);
    }

    /** @param readsBefore how many reads the counters have already grown by (a later reading of the same host) */
    CountedCapture(List<Path> paths, int readsBefore) {
        this.capture = new CaptureSource(null, paths);
        reads.set(readsBefore);
    }

    @Override
    public String describe() {
        return capture.describe() + " (counted)";
    }

    @Override
    public HostTopology refresh() throws PatchbayException {
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
            TrafficCounters c = new TrafficCounters(grown(n, RX_STEP, 0.9), n * 1000L, 0, lossy ? n * 4L : 0,
                    grown(n, TX_STEP, 0.5), n * 500L, 0, 0);
            List<Vnic> vnics = vm.vnics().stream().map(v -> v.withLive(addresses, c, v.drift())).toList();
            return new Vm(vm.name(), vm.uuid(), vm.state(), vm.id(), vm.persistent(), vnics, vm.origin());
        }).toList();
        return new HostTopology(t.name(), t.sources(), t.devices(), t.links(), vms, t.warnings());
    }

    /** The bytes after {@code n} reads that each add between 0.2 and 1 {@code step}, in a wave (so that a sparkline is not flat). */
    private static long grown(int n, long step, double phase) {
        long total = 0;
        for (int k = 1; k <= n; k++) {
            total += (long) (step * (0.6 + 0.25 * Math.sin(k * phase) + 0.15 * Math.sin(k * phase * 2.7)));
        }
        return total;
    }
}
