package io.patchbay.bench;

import io.patchbay.discovery.local.LocalSource;
import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.HostBridgeReads;
import io.patchbay.ops.HostTapVerifier;
import io.patchbay.ops.LibvirtDomainDevices;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.PlanState;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VlanRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.VnicService;
import io.patchbay.testsupport.Lab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A live VLAN change of the lab's OVS guest (pbguest4 on pbovs0), apply → verified (updateDeviceFlags
 * live, live XML re-read, the OVS port's tag checked on this host), median of 20; beside
 * {@code ovs-vsctl set port TAP tag=N} alone, measured in the same run. The tag is put back to the
 * lab's at the end.
 *
 * <pre>
 * lab/up
 * mvn -o -q -DbuildDir=target-bench test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath io.patchbay.bench.LiveVlanBenchmark [rounds]"
 * </pre>
 */
public final class LiveVlanBenchmark {
    private static final Duration T = Duration.ofSeconds(30);
    private static final ScopeRequest LIVE = new ScopeRequest(true, false);

    private LiveVlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Lab lab = Lab.load();
        String vm = lab.ovsGuest();
        String mac = lab.ovsMac();
        try (LocalSource local = new LocalSource("lab", T)) {
            HostBridgeReads reads = new HostBridgeReads(local);
            try (LibvirtDomainDevices devices = new LibvirtDomainDevices(lab.libvirtUri(), reads::bridges,
                    reads::ovsBridges)) {
                VnicService s = new VnicService(devices, "lab", List.of(), null, new HostTapVerifier(local), null, null);
                String tap = DeviceXml.targetOf(DeviceXml.interfaceByMac(DeviceXml.parse(devices.liveXml(vm), "live"),
                        mac));
                List<Long> ours = new ArrayList<>();
                List<Long> ovs = new ArrayList<>();
                try {
                    for (int i = 0; i < 3; i++) {
                        require(s.apply(s.plan(new VnicIntent.Vlan(vm, mac, VlanRequest.access(300 + i), LIVE), false)));
                    }
                    for (int i = 0; i < rounds; i++) {
                        var plan = s.plan(new VnicIntent.Vlan(vm, mac, VlanRequest.access(400 + i), LIVE), false);
                        long t0 = System.nanoTime();
                        require(s.apply(plan));
                        ours.add(System.nanoTime() - t0);
                        long v0 = System.nanoTime();
                        Lab.runCommand(T, "ovs-vsctl", "set", "port", tap, "tag=" + (600 + i));
                        ovs.add(System.nanoTime() - v0);
                    }
                } finally {
                    Outcome back = s.apply(s.plan(new VnicIntent.Vlan(vm, mac, VlanRequest.access(lab.ovsTag()), LIVE),
                            false));
                    System.out.println("put back: " + back.message());
                }
                double o = median(ours);
                double v = median(ovs);
                System.out.printf("live VLAN change, median of %d, ms: patchbay apply -> VERIFIED %.1f;"
                        + " ovs-vsctl set port tag= alone %.1f; ratio %.2f%n", rounds, o, v, o / v);
                BenchLine.print("live-vlan", "ours_median_ms", o, "ovs_vsctl_median_ms", v, "ratio", o / v,
                        "rounds", rounds);
            }
        }
    }

    private static void require(Outcome o) {
        if (o.state() != PlanState.VERIFIED) {
            throw new IllegalStateException(o.message());
        }
    }

    private static double median(List<Long> ns) {
        List<Long> s = new ArrayList<>(ns);
        Collections.sort(s);
        int n = s.size();
        return (n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0) / 1e6;
    }
}
