package io.patchbay.bench;

import io.patchbay.discovery.FleetDiscovery;
import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Discovering many lab hosts at once against discovering one, in the same run: each round opens
 * fresh SSH sessions (connect, key exchange, auth), runs the collection, parses and merges.
 * Target: 20 hosts at once in at most 3x the time of one.
 *
 * <pre>
 * PATCHBAY_LAB_HOSTS=20 lab/up
 * mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath io.patchbay.bench.FleetBenchmark [rounds] [parallelism]"
 * </pre>
 */
public final class FleetBenchmark {
    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Lab lab = Lab.load();
        List<String> hosts = lab.hosts();
        if (hosts.size() < 20) {
            throw new IllegalStateException("the lab has " + hosts.size() + " hosts; run PATCHBAY_LAB_HOSTS=20 lab/up first");
        }
        Path home = Files.createTempDirectory("pb-fleet-bench");
        SshSettings settings = SshSettings.forHome(home, Optional.empty())
                .withKnownHosts(lab.knownHosts()).withSshConfig(lab.sshConfig());
        List<String> twenty = hosts.subList(0, 20);
        for (int i = 0; i < 10; i++) { // warm-up: class loading, JIT, first-connection costs
            discover(List.of(hosts.get(0)), settings, parallelism);
            discover(twenty, settings, parallelism);
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long sys0 = systemBusyMillis();
        discover(twenty, settings, parallelism);
        System.out.printf("one round of 20 hosts: this JVM used %d ms CPU, the whole machine %d ms CPU%n",
                (os.getProcessCpuTime() - cpu0) / 1_000_000, systemBusyMillis() - sys0);
        long[] one = new long[rounds];
        long[] many = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            one[i] = discover(List.of(hosts.get(i % 20)), settings, parallelism);
            many[i] = discover(twenty, settings, parallelism);
        }
        double m1 = median(one);
        double m20 = median(many);
        System.out.printf("hosts  median ms  p90 ms  (rounds %d, parallelism %d, %d cores)%n", rounds, parallelism,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("1      %8.1f  %6.1f%n", m1, p90(one));
        System.out.printf("20     %8.1f  %6.1f%n", m20, p90(many));
        System.out.printf("ratio 20/1 = %.2f (target <= 3.0)%n", m20 / m1);
        BenchLine.print("fleet.discover", "hosts20_median_ms", m20, "host1_median_ms", m1, "rounds", rounds,
                "parallelism", parallelism);

        // the console keeps sessions open: a refresh of the fleet is then one exec per host
        List<SshHostSource> all = new ArrayList<>();
        for (String n : twenty) {
            all.add(new SshHostSource(n, SshTarget.parse(n), settings));
        }
        try (FleetDiscovery fleet = new FleetDiscovery(parallelism, Duration.ofSeconds(30))) {
            List<SshHostSource> single = all.subList(0, 1);
            for (int i = 0; i < 5; i++) {
                refresh(fleet, all);
            }
            long[] warmOne = new long[rounds];
            long[] warmMany = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                warmOne[i] = refresh(fleet, single);
                warmMany[i] = refresh(fleet, all);
            }
            System.out.printf("open sessions: 1 host %.1f ms, 20 hosts %.1f ms, ratio %.2f%n",
                    median(warmOne), median(warmMany), median(warmMany) / median(warmOne));
            BenchLine.print("fleet.refresh", "hosts20_median_ms", median(warmMany), "host1_median_ms", median(warmOne),
                    "rounds", rounds, "parallelism", parallelism);
        } finally {
            all.forEach(SshHostSource::close);
        }
    }

    private static long refresh(FleetDiscovery fleet, List<SshHostSource> sources) throws Exception {
        long t0 = System.nanoTime();
        for (FleetDiscovery.Result r : fleet.refreshAll(sources)) {
            if (!r.ok()) {
                throw r.error();
            }
        }
        return (System.nanoTime() - t0) / 1000;
    }

    /** Fresh sessions to every host, read them all, close; returns elapsed milliseconds x 1000. */
    private static long discover(List<String> names, SshSettings settings, int parallelism) throws Exception {
        List<SshHostSource> sources = new ArrayList<>();
        for (String n : names) {
            sources.add(new SshHostSource(n, SshTarget.parse(n), settings));
        }
        long t0 = System.nanoTime();
        try (FleetDiscovery fleet = new FleetDiscovery(parallelism, Duration.ofSeconds(30))) {
            for (FleetDiscovery.Result r : fleet.refreshAll(sources)) {
                if (!r.ok()) {
                    throw r.error();
                }
            }
        } finally {
            sources.forEach(SshHostSource::close);
        }
        return (System.nanoTime() - t0) / 1000;
    }

    /** Busy CPU time of the whole machine from /proc/stat (user+nice+system+irq+softirq), in ms. */
    private static long systemBusyMillis() throws java.io.IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long ticks = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static double median(long[] us) {
        long[] s = us.clone();
        Arrays.sort(s);
        return (s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0) / 1000.0;
    }

    private static double p90(long[] us) {
        long[] s = us.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.9 * s.length) - 1] / 1000.0;
    }
}
