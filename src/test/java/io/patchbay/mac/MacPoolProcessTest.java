package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.cli.PatchbayCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Real OS processes on one pool file: two allocating at once get distinct MACs, all in range;
 * a process killed with SIGKILL at random moments while it allocates never leaves the file
 * unreadable or inconsistent.
 */
class MacPoolProcessTest {
    @TempDir
    Path home;

    private int cli(String... args) {
        CommandLine cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return cl.execute(all.toArray(String[]::new));
    }

    private static List<String> lines(Process p) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    @Timeout(120)
    void twoProcessesAtOnceGetDistinctMacsAllInRange() throws Exception {
        assertThat(cli("mac", "pool", "add", "small", "--range", "02:00:00:00:00:00-02:00:00:00:00:27")).isZero(); // 40
        Process a = ChildProcesses.start(AllocatingChild.class, home.toString(), "small", "20");
        Process b = ChildProcesses.start(AllocatingChild.class, home.toString(), "small", "20");
        List<String> fromA = lines(a);
        List<String> fromB = lines(b);
        assertThat(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();
        assertThat(fromA).hasSize(20);
        assertThat(fromB).hasSize(20);
        Set<String> all = new HashSet<>(fromA);
        all.addAll(fromB);
        assertThat(all).hasSize(40);
        MacRange range = MacRange.parse("02:00:00:00:00:00-02:00:00:00:00:27");
        for (String m : all) {
            assertThat(range.contains(MacAddress.parse(m).value())).as(m).isTrue();
        }
        // the pool is now full: a third process is refused with exit code 4
        Process c = ChildProcesses.start(AllocatingChild.class, home.toString(), "small", "1");
        assertThat(lines(c)).isEmpty();
        assertThat(c.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(c.exitValue()).isEqualTo(4);
    }

    /** A running child: its process and what it printed so far. */
    private record Child(Process process, BufferedReader out) {
        static Child start(Path home) throws Exception {
            Process p = ChildProcesses.start(AllocatingChild.class, home.toString(), "big", "0");
            return new Child(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII)));
        }

        /** Reads {@code n} MACs, then kills the child with SIGKILL a random 0-3 ms later. */
        int killAfter(int n, Random random, Set<String> printed) throws Exception {
            for (int i = 0; i < n; i++) {
                String line = out.readLine();
                assertThat(line).as("child output").isNotNull();
                printed.add(line);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(3_000_000));
            process.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves the pipe readable
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                printed.add(l); // lines already in the pipe when it died
            }
            out.close();
            return process.exitValue();
        }
    }

    @Test
    @Timeout(600)
    void sigkillWhileAllocatingNeverBreaksThePoolFile() throws Exception {
        assertThat(cli("mac", "pool", "add", "big", "--range", "02:00:00:00:00:00-02:00:00:00:ff:ff")).isZero();
        MacPoolStore store = new MacPoolStore(home);
        Random random = new Random(42);
        Set<String> printed = new HashSet<>();
        int kills = 0;
        // two children at a time, each killed at a random moment while the other keeps allocating
        for (int round = 0; round < 50; round++) {
            Child a = Child.start(home);
            Child b = Child.start(home);
            for (Child c : List.of(a, b)) {
                if (c.killAfter(1 + random.nextInt(8), random, printed) == 137) {
                    kills++;
                }
            }
            // every time: the file parses and passes the consistency checks of MacPoolJson.read
            MacPool pool = store.read().get("big", new Random());
            long[] allocated = pool.allocations().toSortedArray();
            Set<String> allocatedText = new HashSet<>();
            for (long m : allocated) {
                allocatedText.add(MacAddress.format(m));
            }
            assertThat(allocatedText).as("round " + round).containsAll(printed);
            // at most one allocation per child written but not yet printed when the kill came
            assertThat(allocated.length - printed.size()).as("round " + round).isBetween(0, 2);
            assertThat(pool.free(MacUsage.NONE)).isEqualTo(pool.size() - allocated.length);
            assertThat(pool.pendingCount()).isZero();
            assertThat(allocatedText).contains(pool.lastHandedOut().toString());
            try (var files = Files.list(home)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .allMatch(n -> n.equals(MacPoolStore.FILE) || n.equals(MacPoolStore.LOCK) || n.startsWith(MacPoolStore.FILE + ".tmp-"));
            }
            printed.addAll(allocatedText); // an unprinted allocation stays allocated: count it from now on
        }
        assertThat(kills).isGreaterThanOrEqualTo(100);
        // the next allocation after all that is a MAC never handed out
        MacPool pool = store.read().get("big", new Random());
        int before = pool.allocatedCount();
        assertThat(cli("mac", "allocate", "--pool", "big")).isZero();
        assertThat(store.read().get("big", new Random()).allocatedCount()).isEqualTo(before + 1);
    }
}
