package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal with concurrent writers: threads of this JVM and two other OS processes at once. */
class JournalTest {
    @TempDir
    Path home;

    static JournalEntry entry(String writer, int i) {
        return new JournalEntry("2026-01-01T00:00:00Z", writer + "-" + i, "h", "qemu:///system", "vm", "add",
                "52:54:00:fb:00:01", "VM vm gets a new vNIC " + "x".repeat(3000), "VERIFIED", "done",
                "<interface type=\"bridge\"/>", List.of(new JournalEntry.JournalStep("attachDeviceFlags", 1, "<i/>")));
    }

    /** A writer process: {@code JournalTest$Writer HOME NAME COUNT}. */
    public static final class Writer {
        public static void main(String[] args) throws PatchbayException {
            Journal j = new Journal(Path.of(args[0]));
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                j.append(entry(args[1], i));
            }
        }
    }

    @Test
    void concurrentWritersNeverInterleaveLines() throws Exception {
        List<Process> procs = new ArrayList<>();
        for (String name : List.of("p1", "p2")) {
            procs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Writer.class.getName(), home.toString(), name, "150")
                    .redirectErrorStream(true).start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String name = "t" + t;
            futures.add(pool.submit(() -> {
                Journal j = new Journal(home);
                for (int i = 0; i < 50; i++) {
                    j.append(entry(name, i));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (Process p : procs) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        }
        Journal.Contents c = new Journal(home).read();
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries()).hasSize(2 * 150 + 4 * 50);
        assertThat(c.entries()).extracting(JournalEntry::planId).doesNotHaveDuplicates();
        assertThat(Files.readAllLines(home.resolve(Journal.FILE))).hasSize(500);
    }

    @Test
    void aDamagedLineIsNamedAndTheOthersStillRead() throws Exception {
        Journal j = new Journal(home);
        j.append(entry("a", 1));
        Files.writeString(home.resolve(Journal.FILE), "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        j.append(entry("a", 2));
        Journal.Contents c = j.read();
        assertThat(c.entries()).extracting(JournalEntry::planId).containsExactly("a-1", "a-2");
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p).contains("line 2 is not a journal entry"));
    }

    @Test
    void anAbsentJournalIsEmpty() throws Exception {
        assertThat(new Journal(home.resolve("nothing-yet")).read().entries()).isEmpty();
    }
}
