package io.patchbay.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Figure lines in, the markdown table of docs/PERFORMANCE.md out. */
class BenchTableTest {
    private static List<BenchLine> lines(String... text) {
        return Stream.of(text).map(BenchLine::parse).flatMap(Optional::stream).toList();
    }

    private static String row(String table, String startsWith) {
        return table.lines().filter(l -> l.startsWith("| " + startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + startsWith + " in\n" + table));
    }

    @Test
    void aFigureLineKeepsQuotedValuesAndIgnoresOtherOutput() {
        BenchLine l = BenchLine.parse("BENCH machine cpu=\"AMD EPYC 7B13\" nproc=2 load=\"1.0 2.0 3.0\"").orElseThrow();
        assertThat(l.id()).isEqualTo("machine");
        assertThat(l.values()).containsExactly(java.util.Map.entry("cpu", "AMD EPYC 7B13"), java.util.Map.entry("nproc", "2"),
                java.util.Map.entry("load", "1.0 2.0 3.0"));
        assertThat(BenchLine.parse("live move, median of 20 (min..max), ms:")).isEmpty();
        assertThat(BenchLine.parse(BenchLine.format("x", "a", 1.5, "b", "two words")).orElseThrow().values())
                .containsEntry("a", "1.500").containsEntry("b", "two words");
    }

    @Test
    void aRowShowsMediansRatioTargetAndWhetherItIsMet() {
        String table = BenchTable.render(lines(
                "BENCH live-move ours_median_ms=10.7 tap_median_ms=30.1 virsh_median_ms=70.3 rounds=20",
                "BENCH ssh.script jsch_median_ms=24.0 openssh_median_ms=18.0"), null);
        assertThat(row(table, "live vNIC move"))
                .isEqualTo("| live vNIC move, apply → verified (re-read live XML), lab qemu:///system | 10.7 ms "
                        + "| `virsh update-device --live` alone: 70.3 ms | 0.15 | ≤ 300 ms | yes |");
        assertThat(row(table, "one refresh")).contains("| 24.0 ms |", ": 18.0 ms | 1.33 | ratio ≤ 1.2 | **no** |");
    }

    @Test
    void jmhResultsAreMatchedByBenchmarkAndParameters() throws IOException {
        String json = """
                [ {"benchmark":"io.patchbay.bench.LayoutBenchmark.patchbay","mode":"avgt","forks":1,"measurementIterations":3,
                   "params":{"nodes":"2000","secondVnicEvery":"10"},
                   "primaryMetric":{"score":52.0,"scoreError":3.0,"scorePercentiles":{"50.0":51.0},"scoreUnit":"ms/op"}},
                  {"benchmark":"io.patchbay.bench.LayoutBenchmark.elkLayered","mode":"avgt","forks":1,"measurementIterations":3,
                   "params":{"nodes":"2000","secondVnicEvery":"10"},
                   "primaryMetric":{"score":1150.0,"scoreError":80.0,"scorePercentiles":{"50.0":1144.0},"scoreUnit":"ms/op"}} ]
                """;
        List<BenchLine> jmh = JmhResults.read(json);
        assertThat(jmh).extracting(BenchLine::id).containsExactly("jmh.LayoutBenchmark.patchbay", "jmh.LayoutBenchmark.elkLayered");
        String table = BenchTable.render(jmh, null);
        assertThat(row(table, "layout, same host"))
                .contains("| 51.0 ms | ELK layered 0.10.0: 1,144 ms | 0.045 (22× faster) |", "| yes |");
        assertThat(row(table, "layout, 2,000-node host, a pure tree"))
                .contains("not measured (no jmh.LayoutBenchmark.patchbay{param.secondVnicEvery=0} median)");
        assertThatThrownBy(() -> JmhResults.read("{}")).hasMessageContaining("not a JMH JSON result file");
    }

    @Test
    void zeroCrossingsOnBothSidesMeetNoMoreThanElk() {
        String table = BenchTable.render(lines("BENCH layout.crossings.tree patchbay=0 elk=0 edges=1999"), null);
        assertThat(row(table, "edge crossings, the tree")).contains("| 0 | ELK layered: 0 | equal | no more than ELK | yes |");
    }

    @Test
    void skippedPartsSayWhyAndMachineAndUnknownFiguresAreShown() {
        String table = BenchTable.render(lines(
                "BENCH machine nproc=2 cpu=\"Test CPU\" ram=\"24 GiB\" os=\"Debian 12\" jdk=17.0.15 load=\"1 2 3\" date=\"2026-11-29 20:00 UTC\"",
                "BENCH machine.end load=\"4 5 6\"",
                "BENCH skipped group=startup reason=\"--skip-install\"",
                "BENCH frame.something-new p95_ms=12.0"), "Shared machine.");
        assertThat(table).startsWith("Run: 2026-11-29 20:00 UTC, `bench/run-all`.  \nMachine: 2 cores (nproc), Test CPU, "
                + "24 GiB RAM, Debian 12, JDK 17.0.15.  \nLoad average (1/5/15 min): 1 2 3 at the start, 4 5 6 at the end.\n\n"
                + "Shared machine.\n\n| what |");
        assertThat(row(table, "first frame of the installed app")).contains("| skipped: --skip-install |");
        assertThat(table).contains("```\nBENCH frame.something-new p95_ms=12.0\n```");
    }

    @Test
    void onlyTheTextBetweenTheMarkersIsReplaced() {
        String doc = "# Perf\n\nintro\n" + BenchTable.BEGIN + "\nold table\n" + BenchTable.END + "\n\nmore\n";
        assertThat(BenchTable.replaceBetweenMarkers(doc, "new table\n"))
                .isEqualTo("# Perf\n\nintro\n" + BenchTable.BEGIN + "\nnew table\n" + BenchTable.END + "\n\nmore\n");
        assertThatThrownBy(() -> BenchTable.replaceBetweenMarkers("# no markers", "x"))
                .hasMessageContaining("has no <!-- bench:begin -->");
    }
}
