package io.patchbay.bench;

import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtReader;
import io.patchbay.libvirt.LibvirtState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Reading every domain (live and config XML, drift, guest names) and the networks with
 * {@link LibvirtReader} on an open connection, beside the baseline of the same reads with
 * {@code virsh} (one process: list + dumpxml live and --inactive per domain + net-list) in the
 * same run: median and p90 over {@value #RUNS} runs after {@value #WARMUP} warm-ups. Needs the lab.
 *
 * <p>Run: {@code mvn -o -DbuildDir=target-x test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.patchbay.bench.LibvirtReadBenchmark [-Dexec.args="URI"]} (default the lab's LAB_LIBVIRT_URI;
 * for SSH give the lab's LAB_LIBVIRT_SSH_URI; the virsh baseline then uses qemu+libssh2).
 */
public final class LibvirtReadBenchmark {
    private static final int RUNS = 20;
    private static final int WARMUP = 3;

    private LibvirtReadBenchmark() {
    }

    private interface Action {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String uri = args.length > 0 ? args[0] : io.patchbay.testsupport.Lab.load().libvirtUri();
        try (LibvirtConnection conn = LibvirtConnection.open(uri)) {
            LibvirtReader reader = new LibvirtReader(conn);
            LibvirtState first = reader.read();
            List<String> names = first.vms().stream().map(v -> v.name()).toList();
            StringBuilder script = new StringBuilder("list --all; net-list --all");
            for (String n : names) {
                // names come from libvirt and are checked: letters, digits, - and _ only
                if (!n.matches("[A-Za-z0-9_-]+")) {
                    throw new IllegalStateException("unexpected domain name for the virsh baseline: " + n);
                }
                script.append("; dumpxml ").append(n).append("; dumpxml --inactive ").append(n);
            }
            String virshUri = conn.uri().forLibvirt();
            double ours = report("LibvirtReader.read (" + names.size() + " domains)", () -> reader.read());
            double virsh = report("virsh baseline (same reads, one process)", () -> {
                Process p = new ProcessBuilder("virsh", "-q", "-c", virshUri, script.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("virsh failed");
                }
            });
            BenchLine.print("libvirt.read", "ours_median_ms", ours, "virsh_median_ms", virsh, "domains", names.size(),
                    "runs", RUNS, "uri", uri);
        }
    }

    /** Runs and prints one measurement; returns its median in ms. */
    private static double report(String what, Action action) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            action.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            action.run();
            micros.add((System.nanoTime() - t0) / 1000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "%-45s median %7.1f ms  p90 %7.1f ms  (n=%d)%n", what,
                micros.get(RUNS / 2) / 1000.0, micros.get((int) (RUNS * 0.9)) / 1000.0, RUNS);
        return micros.get(RUNS / 2) / 1000.0;
    }
}
