package io.patchbay.bench;

import io.patchbay.discovery.Collection;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.ssh.ExecResult;
import io.patchbay.discovery.ssh.SshConnection;
import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One refresh over our open JSch session against OpenSSH with a ControlMaster (the fastest way
 * the ssh command gets): median and p90 over {@value #RUNS} runs, after {@value #WARMUP} warm-up
 * runs, of (a) the collection script, (b) the same script through {@code ssh} with ControlMaster,
 * (c) a bare {@code true} both ways. Needs the lab (lab/up).
 *
 * <p>Run: {@code mvn -o -DbuildDir=target-x test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.patchbay.bench.SshRefreshBenchmark [-Dexec.args="pblab1 /run/patchbay-lab/ssh_config /run/patchbay-lab/known_hosts"]}
 */
public final class SshRefreshBenchmark {
    private static final int RUNS = 30;
    private static final int WARMUP = 5;

    private SshRefreshBenchmark() {
    }

    /** A timed action. */
    private interface Action {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String alias = args.length > 0 ? args[0] : "pblab1";
        Path config = Path.of(args.length > 1 ? args[1] : "/run/patchbay-lab/ssh_config");
        Path knownHosts = Path.of(args.length > 2 ? args[2] : "/run/patchbay-lab/known_hosts");
        SshSettings settings = SshSettings.forHome(Path.of(System.getProperty("user.home")), Optional.empty())
                .withSshConfig(config).withKnownHosts(knownHosts);
        Path tmp = Files.createTempDirectory("pb-bench-");
        Path controlPath = tmp.resolve("cm");
        List<String> sshBase = List.of("ssh", "-F", config.toString(), "-o", "BatchMode=yes", "-o", "ControlMaster=auto",
                "-o", "ControlPersist=120", "-o", "ControlPath=" + controlPath, alias);
        List<String[]> rows = new ArrayList<>();
        try (SshConnection jsch = SshConnection.open(SshTarget.parse(alias), settings);
             SshHostSource source = new SshHostSource(alias, SshTarget.parse(alias), settings)) {
            source.refresh(); // opens its session
            ssh(sshBase, "true"); // starts the master before any timing

            List<Double> aScript = time(() -> check(jsch.exec(Collection.SCRIPT)));
            List<Double> bScript = time(() -> ssh(sshBase, Collection.SCRIPT));
            List<Double> aTrue = time(() -> check(jsch.exec("true")));
            List<Double> bTrue = time(() -> ssh(sshBase, "true"));
            List<Double> refresh = time(source::refresh);

            rows.add(row("(a) JSch exec of Collection.SCRIPT, open session", aScript));
            rows.add(row("(b) OpenSSH ssh + ControlMaster, same script", bScript));
            rows.add(row("(c) JSch exec of 'true'", aTrue));
            rows.add(row("(c) OpenSSH ssh + ControlMaster, 'true'", bTrue));
            rows.add(row("full refresh (exec + parse + merge)", refresh));
            System.out.printf(Locale.ROOT, "SSH refresh benchmark against %s (%s), %d runs after %d warm-up%n", alias,
                    jsch.target().display(), RUNS, WARMUP);
            System.out.printf(Locale.ROOT, "%-52s %10s %10s%n", "", "median ms", "p90 ms");
            for (String[] r : rows) {
                System.out.printf(Locale.ROOT, "%-52s %10s %10s%n", r[0], r[1], r[2]);
            }
            System.out.printf(Locale.ROOT, "ratio a/b (median): %.2f   (target <= 1.2)%n", median(aScript) / median(bScript));
            System.out.printf(Locale.ROOT, "ratio a/b for 'true' (median): %.2f%n", median(aTrue) / median(bTrue));
            BenchLine.print("ssh.script", "jsch_median_ms", median(aScript), "openssh_median_ms", median(bScript),
                    "jsch_p90_ms", p90(aScript), "openssh_p90_ms", p90(bScript), "runs", RUNS, "host", alias);
            BenchLine.print("ssh.true", "jsch_median_ms", median(aTrue), "openssh_median_ms", median(bTrue),
                    "jsch_p90_ms", p90(aTrue), "openssh_p90_ms", p90(bTrue), "runs", RUNS, "host", alias);
            BenchLine.print("ssh.refresh", "median_ms", median(refresh), "p90_ms", p90(refresh), "runs", RUNS, "host", alias);
        } finally {
            stopMaster(sshBase, controlPath);
            Files.deleteIfExists(controlPath);
            Files.deleteIfExists(tmp);
        }
    }

    private static void check(ExecResult r) throws PatchbayException {
        if (r.exitStatus() != 0) {
            throw new IllegalStateException("exit " + r.exitStatus() + ": " + r.stderr());
        }
    }

    private static List<Double> time(Action action) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            action.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return ms;
    }

    /** Runs {@code ssh ... COMMAND} (an argument list, no local shell) and reads all its output. */
    private static void ssh(List<String> base, String command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(base);
        argv.add(command);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("ssh failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }

    private static void stopMaster(List<String> base, Path controlPath) throws IOException, InterruptedException {
        if (!Files.exists(controlPath)) {
            return;
        }
        List<String> argv = new ArrayList<>(base.subList(0, base.size() - 1));
        argv.addAll(List.of("-O", "exit", base.get(base.size() - 1)));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    private static String[] row(String name, List<Double> ms) {
        return new String[] {name, String.format(Locale.ROOT, "%.1f", median(ms)), String.format(Locale.ROOT, "%.1f", p90(ms))};
    }

    private static double median(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double p90(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return s.get((int) Math.ceil(0.9 * s.size()) - 1);
    }
}
