package io.patchbay.bench;

import io.patchbay.core.PatchbayException;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LiveStateReader;
import io.patchbay.model.TrafficCounters;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.libvirt.Domain;

/**
 * Issue 15: the interface counters of {@value #DOMAINS} running VMs on one host in one refresh.
 * Starts {@value #DOMAINS} small transient domains {@code pbbench-NN} on the lab's libvirtd (TCG,
 * q35, 24 MiB, no kernel: SeaBIOS finds nothing to boot and idles; one virtio vNIC
 * {@code type='ethernet'} each, a tap on no bridge, boot ROM off, so no frame reaches any lab
 * bridge), then measures {@value #RUNS} runs of {@link LiveStateReader#interfaceStats()} on an open
 * connection (median, p95) beside {@value #RUNS} runs of the {@code virsh -c URI domstats
 * --interface --list-running} process (median of its wall time) for the same running domains, and
 * counts the RPCs of one {@code interfaceStats()} from libvirt's own client log (a child JVM with
 * {@code LIBVIRT_LOG_FILTERS=1:rpc}: each {@code RPC_CLIENT_MSG_TX_QUEUE} line is a message sent).
 * The domains are destroyed at the end, always (transient: destroyed is gone); leftovers of an
 * interrupted run are removed before it starts. Needs the lab, root.
 *
 * <p>Run: {@code java -cp <test classpath> io.patchbay.bench.LiveStatsBenchmark [URI]} (default the
 * lab's LAB_LIBVIRT_URI), as bench/run-all does.
 */
public final class LiveStatsBenchmark {
    private static final int DOMAINS = 50;
    private static final int RUNS = 20;
    private static final int WARMUP = 3;
    private static final String PREFIX = "pbbench-";
    /** The child JVM's mode: one interfaceStats() call, its RPCs counted in the log file given. */
    private static final String RPC_PROBE = "--rpc-probe";
    /** libvirt's REMOTE program number, and the procedure of virConnectGetAllDomainStats. */
    private static final String REMOTE_PROGRAM = "536903814";
    private static final String PROC_GET_ALL_DOMAIN_STATS = "344";
    private static final Pattern TX = Pattern.compile("RPC_CLIENT_MSG_TX_QUEUE: .*prog=(\\d+) .*proc=(\\d+) ");

    private LiveStatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals(RPC_PROBE)) {
            rpcProbe(args[1], Path.of(args[2]));
            return;
        }
        String uri = args.length > 0 ? args[0] : Lab.load().libvirtUri();
        try (LibvirtConnection conn = LibvirtConnection.open(uri)) {
            removeBenchDomains(conn);
            try {
                List<String> names = startDomains(conn);
                LiveStateReader reader = new LiveStateReader(conn);
                Map<String, Map<String, TrafficCounters>> first = Await.value(DOMAINS + " bench domains with a vNIC each in "
                        + "the bulk statistics", Duration.ofSeconds(120), () -> allThere(reader, names));
                String virshUri = conn.uri().forLibvirt();
                List<String> virsh = List.of("virsh", "-c", virshUri, "domstats", "--interface", "--list-running");
                checkVirshCoversThem(virsh, names);
                List<Double> ours = measure(() -> {
                    if (reader.interfaceStats().size() < DOMAINS) {
                        throw new IllegalStateException("fewer than " + DOMAINS + " domains in the statistics");
                    }
                });
                List<Double> base = measure(() -> runVirsh(virsh, ProcessBuilder.Redirect.DISCARD));
                Rpcs rpc = countRpcs(uri);
                Rpcs virshRpc = countVirshRpcs(virsh);
                double oursMedian = quantile(ours, 0.5);
                double virshMedian = quantile(base, 0.5);
                System.out.printf(Locale.ROOT, "%-60s median %7.1f ms  p95 %7.1f ms  (n=%d)%n",
                        "LiveStateReader.interfaceStats (" + first.size() + " running domains)",
                        oursMedian, quantile(ours, 0.95), RUNS);
                System.out.printf(Locale.ROOT, "%-60s median %7.1f ms  p95 %7.1f ms  (n=%d)%n",
                        "virsh domstats --interface --list-running (process)", virshMedian, quantile(base, 0.95), RUNS);
                System.out.println("RPCs of one interfaceStats(): " + rpc.calls() + " (procedures " + rpc.procs()
                        + "); of the whole virsh process: " + virshRpc.calls() + " (procedures " + virshRpc.procs() + ")");
                BenchLine.print("livestats.interface", "ours_median_ms", oursMedian, "ours_p95_ms", quantile(ours, 0.95),
                        "virsh_median_ms", virshMedian, "virsh_p95_ms", quantile(base, 0.95),
                        "ratio", oursMedian / virshMedian, "bench_domains", DOMAINS, "running_domains", first.size(),
                        "runs", RUNS, "uri", uri);
                BenchLine.print("livestats.rpc", "calls", rpc.calls(), "procedures", rpc.procs(),
                        "get_all_domain_stats", rpc.count(PROC_GET_ALL_DOMAIN_STATS),
                        "virsh_process_calls", virshRpc.calls(), "virsh_procedures", virshRpc.procs());
            } finally {
                int removed = removeBenchDomains(conn);
                System.out.println("removed " + removed + " bench domains");
            }
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Every bench domain is in the bulk statistics with exactly one interface: the whole result then. */
    private static Optional<Map<String, Map<String, TrafficCounters>>> allThere(LiveStateReader reader, List<String> names) {
        try {
            Map<String, Map<String, TrafficCounters>> s = reader.interfaceStats();
            boolean all = names.stream().allMatch(n -> s.containsKey(n) && s.get(n).size() == 1);
            return all ? Optional.of(s) : Optional.empty();
        } catch (PatchbayException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String domainXml(int i) {
        return String.format(Locale.ROOT, """
                <domain type='qemu'>
                  <name>%s%02d</name>
                  <description>Patchbay benchmark domain (LiveStatsBenchmark), removed when it ends</description>
                  <memory unit='MiB'>24</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64' machine='q35'>hvm</type></os>
                  <devices>
                    <interface type='ethernet'>
                      <mac address='52:54:00:be:00:%02x'/>
                      <model type='virtio'/>
                      <rom enabled='no'/>
                    </interface>
                    <controller type='usb' model='none'/>
                    <memballoon model='none'/>
                  </devices>
                </domain>
                """, PREFIX, i, i);
    }

    private static List<String> startDomains(LibvirtConnection conn) throws Exception {
        List<String> names = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= DOMAINS; i++) {
            String xml = domainXml(i);
            names.add(conn.call("starting a bench domain", c -> c.domainCreateXML(xml, 0).getName()));
        }
        System.out.printf(Locale.ROOT, "started %d transient domains in %.1f s%n", DOMAINS, (System.nanoTime() - t0) / 1e9);
        return names;
    }

    /** Destroys every running domain named pbbench-* (transient: then gone); returns how many. */
    private static int removeBenchDomains(LibvirtConnection conn) throws Exception {
        return conn.call("removing the bench domains", c -> {
            int n = 0;
            for (int id : c.listDomains()) {
                Domain d = c.domainLookupByID(id);
                if (d.getName().startsWith(PREFIX)) {
                    boolean persistent = d.isPersistent() == 1; // a transient one is gone once destroyed
                    d.destroy();
                    if (persistent) {
                        d.undefine();
                    }
                    n++;
                }
            }
            return n;
        });
    }

    private static void checkVirshCoversThem(List<String> virsh, List<String> names) throws Exception {
        Path out = Files.createTempFile("pbbench-virsh", ".txt");
        try {
            runVirsh(virsh, ProcessBuilder.Redirect.to(out.toFile()));
            String text = Files.readString(out, StandardCharsets.UTF_8);
            for (String n : names) {
                if (!text.contains("Domain: '" + n + "'")) {
                    throw new IllegalStateException("virsh domstats does not list " + n);
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void runVirsh(List<String> virsh, ProcessBuilder.Redirect out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(virsh).redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(virsh + " failed");
        }
    }

    /** Wall times in ms of RUNS runs after WARMUP unmeasured ones. */
    private static List<Double> measure(Action action) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            action.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            action.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** The messages a client sent to libvirtd's REMOTE program, by procedure number. */
    record Rpcs(List<String> procedures) {
        int calls() {
            return procedures.size();
        }

        String procs() {
            return String.join(",", procedures);
        }

        long count(String proc) {
            return procedures.stream().filter(proc::equals).count();
        }

        static Rpcs of(List<String> logLines) {
            List<String> procs = new ArrayList<>();
            for (String l : logLines) {
                Matcher m = TX.matcher(l);
                if (m.find() && m.group(1).equals(REMOTE_PROGRAM)) {
                    procs.add(m.group(2));
                }
            }
            return new Rpcs(procs);
        }
    }

    /** Runs this class in a child JVM whose libvirt logs its RPCs; returns those of one interfaceStats(). */
    private static Rpcs countRpcs(String uri) throws Exception {
        Path log = Files.createTempFile("pbbench-rpc", ".log");
        Path counted = Files.createTempFile("pbbench-rpc", ".counted");
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LiveStatsBenchmark.class.getName(), RPC_PROBE, uri, counted.toString());
            libvirtRpcLog(pb, log);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("the RPC probe failed");
            }
            return Rpcs.of(Files.readAllLines(counted, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(counted);
        }
    }

    /** The whole virsh process's RPCs (connecting, the statistics, closing), for scale. */
    private static Rpcs countVirshRpcs(List<String> virsh) throws Exception {
        Path log = Files.createTempFile("pbbench-virsh-rpc", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(virsh).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            libvirtRpcLog(pb, log);
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(virsh + " failed");
            }
            return Rpcs.of(Files.readAllLines(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** libvirt's client library reads these when it starts: its rpc messages to file {@code log}. */
    private static void libvirtRpcLog(ProcessBuilder pb, Path log) {
        pb.environment().put("LIBVIRT_LOG_FILTERS", "1:rpc");
        pb.environment().put("LIBVIRT_LOG_OUTPUTS", "1:file:" + log);
    }

    /**
     * The child: opens the connection, then makes one interfaceStats() call and copies the log lines
     * libvirt wrote during it (libvirt writes its file log unbuffered) to {@code counted}.
     */
    private static void rpcProbe(String uri, Path counted) throws Exception {
        String log = System.getenv("LIBVIRT_LOG_OUTPUTS");
        if (log == null || !log.startsWith("1:file:")) {
            throw new IllegalStateException(RPC_PROBE + " needs LIBVIRT_LOG_OUTPUTS=1:file:PATH");
        }
        Path file = Path.of(log.substring("1:file:".length()));
        try (LibvirtConnection conn = LibvirtConnection.open(uri)) {
            LiveStateReader reader = new LiveStateReader(conn);
            long before = Files.size(file);
            int domains = reader.interfaceStats().size();
            byte[] all = Files.readAllBytes(file);
            String during = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
            Files.writeString(counted, during, StandardCharsets.UTF_8);
            if (domains < DOMAINS) {
                throw new IllegalStateException("the probe saw " + domains + " running domains");
            }
        }
    }
}
