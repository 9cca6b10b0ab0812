package io.patchbay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The summary table of docs/PERFORMANCE.md, written from the figure lines of one run of
 * bench/run-all ({@link BenchLine}s and JMH JSON files): what, ours (median), baseline (median,
 * same run), ratio, target, met?, with the machine above it. {@link #render} is pure; the main
 * rewrites the doc between {@value #BEGIN} and {@value #END}.
 *
 * <pre>
 * BenchTable --doc docs/PERFORMANCE.md [--note TEXT] FILE...   (FILE: *.json from JMH, else text with BENCH lines)
 * </pre>
 */
public final class BenchTable {
    public static final String BEGIN = "<!-- bench:begin -->";
    public static final String END = "<!-- bench:end -->";

    /** Where a figure is: the line's id, the value's key, and values the line must have (JMH parameters). */
    record Ref(String id, String key, Map<String, String> where) {
        static Ref of(String id, String key, String... where) {
            Map<String, String> w = new LinkedHashMap<>();
            for (int i = 0; i + 1 < where.length; i += 2) {
                w.put(where[i], where[i + 1]);
            }
            return new Ref(id, key, w);
        }

        Optional<Double> find(List<BenchLine> lines, Set<BenchLine> used) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                BenchLine l = lines.get(i);
                if (l.id().equals(id) && where.entrySet().stream().allMatch(e -> e.getValue().equals(l.values().get(e.getKey())))) {
                    Optional<Double> v = l.number(key);
                    if (v.isPresent()) {
                        used.add(l);
                        return v;
                    }
                }
            }
            return Optional.empty();
        }

        String describe() {
            return id + (where.isEmpty() ? "" : where.toString()) + " " + key;
        }
    }

    /** A target: ours at most {@code maxOurs}, ratio at most {@code maxRatio}, ours not above the baseline (each if given). */
    record Target(String text, Double maxOurs, Double maxRatio, boolean notAboveBaseline) {
        static final Target NONE = new Target("—", null, null, false);

        static Target atMost(double ours, String text) {
            return new Target(text, ours, null, false);
        }

        static Target ratio(double ratio, String text) {
            return new Target(text, null, ratio, false);
        }

        boolean none() {
            return maxOurs == null && maxRatio == null && !notAboveBaseline;
        }

        boolean met(double ours, double baseline) {
            return (maxOurs == null || ours <= maxOurs)
                    && (maxRatio == null || (baseline > 0 && ours / baseline <= maxRatio))
                    && (!notAboveBaseline || ours <= baseline);
        }
    }

    /** One row: group (for skipped parts of a run), what, where ours and the baseline are, unit, target. */
    record Row(String group, String what, Ref ours, String baselineName, Ref baseline, String unit, Target target) {
    }

    // FrameTimeBenchmark's frame times (JavaFX's own pulse phases); its frame.* lines are the pulse intervals
    private static final String FIT_PAN = "frame-pan-fit";
    private static final String FIT_ZOOM = "frame-zoom-fit";
    private static final String NEAR_PAN = "frame-pan";
    private static final String EMPTY_PAN = "frame-baseline";

    /** The table's rows, in order. */
    static final List<Row> ROWS = List.of(
            new Row("parse", "parse + model, 10,000-device `ip -j -d link` + `ip -j addr` (JMH)",
                    Ref.of("jmh.ParseBenchmark.parseAndModel", "median"), "Jackson `readTree` of the same bytes",
                    Ref.of("jmh.ParseBenchmark.readTreeBoth", "median"), "ms", Target.atMost(100, "≤ 100 ms")),
            new Row("parse", "parse of the `ip -j -d link` output alone (JMH)",
                    Ref.of("jmh.ParseBenchmark.parseLink", "median"), "Jackson `readTree` of its bytes",
                    Ref.of("jmh.ParseBenchmark.readTreeLinkBytes", "median"), "ms", Target.atMost(100, "≤ 100 ms")),
            new Row("layout", "layout, 2,000-node host, a pure tree (JMH)",
                    Ref.of("jmh.LayoutBenchmark.patchbay", "median", "param.secondVnicEvery", "0"), "ELK layered 0.10.0",
                    Ref.of("jmh.LayoutBenchmark.elkLayered", "median", "param.secondVnicEvery", "0"), "ms",
                    new Target("≤ 100 ms and ≥ 20× faster (ratio ≤ 0.05)", 100.0, 0.05, false)),
            new Row("layout", "layout, same host, every 10th VM with a second vNIC (JMH)",
                    Ref.of("jmh.LayoutBenchmark.patchbay", "median", "param.secondVnicEvery", "10"), "ELK layered 0.10.0",
                    Ref.of("jmh.LayoutBenchmark.elkLayered", "median", "param.secondVnicEvery", "10"), "ms",
                    new Target("≤ 100 ms and ≥ 20× faster (ratio ≤ 0.05)", 100.0, 0.05, false)),
            new Row("layout", "edge crossings, the tree", Ref.of("layout.crossings.tree", "patchbay"), "ELK layered",
                    Ref.of("layout.crossings.tree", "elk"), "", new Target("no more than ELK", null, null, true)),
            new Row("layout", "edge crossings, with second vNICs", Ref.of("layout.crossings.every10", "patchbay"),
                    "ELK layered", Ref.of("layout.crossings.every10", "elk"), "",
                    new Target("no more than ELK", null, null, true)),
            new Row("ssh", "one refresh: exec of the collection on the open JSch session (lab pblab1)",
                    Ref.of("ssh.script", "jsch_median_ms"), "OpenSSH `ssh` + ControlMaster, same script",
                    Ref.of("ssh.script", "openssh_median_ms"), "ms", Target.ratio(1.2, "ratio ≤ 1.2")),
            new Row("ssh", "bare `true` exec, for scale", Ref.of("ssh.true", "jsch_median_ms"),
                    "OpenSSH `ssh` + ControlMaster", Ref.of("ssh.true", "openssh_median_ms"), "ms", Target.NONE),
            new Row("mac", "100,000 MAC allocations, 20,000 MACs in use (JMH single shots)",
                    Ref.of("jmh.MacAllocationBenchmark.primitivePool", "median"), "same algorithm on `HashSet<Long>`",
                    Ref.of("jmh.MacAllocationBenchmark.boxedHashSetBaseline", "median"), "ms",
                    Target.atMost(1000, "≤ 1 s")),
            new Row("libvirt", "live vNIC move, apply → verified (re-read live XML), lab qemu:///system",
                    Ref.of("live-move", "ours_median_ms"), "`virsh update-device --live` alone",
                    Ref.of("live-move", "virsh_median_ms"), "ms", Target.atMost(300, "≤ 300 ms")),
            new Row("libvirt", "same, plus the tap checked on the host's bridge",
                    Ref.of("live-move", "tap_median_ms"), "`virsh update-device --live` alone",
                    Ref.of("live-move", "virsh_median_ms"), "ms", Target.atMost(300, "≤ 300 ms")),
            new Row("libvirt", "interface counters of 50 running VMs (+ the lab's), one refresh: one virConnectGetAllDomainStats",
                    Ref.of("livestats.interface", "ours_median_ms"), "`virsh domstats --interface --list-running` (process)",
                    Ref.of("livestats.interface", "virsh_median_ms"), "ms", new Target("no slower than virsh", null, null, true)),
            new Row("libvirt", "live VLAN change on Open vSwitch, apply → verified (live XML + port tag on the host)",
                    Ref.of("live-vlan", "ours_median_ms"), "`ovs-vsctl set port TAP tag=N` alone",
                    Ref.of("live-vlan", "ovs_vsctl_median_ms"), "ms", Target.NONE),
            new Row("frame", "frame time p95, pan, 2,000 nodes all in view (fit)", Ref.of(FIT_PAN, "p95_ms"),
                    "empty graph, same window, p95", Ref.of(EMPTY_PAN, "p95_ms"), "ms", Target.atMost(16.7, "p95 ≤ 16.7 ms")),
            new Row("frame", "frame time p95, zoom, 2,000 nodes all in view (fit)", Ref.of(FIT_ZOOM, "p95_ms"),
                    "empty graph, same window, p95", Ref.of(EMPTY_PAN, "p95_ms"), "ms", Target.atMost(16.7, "p95 ≤ 16.7 ms")),
            new Row("frame", "frame time p95, pan at zoom 1.0", Ref.of(NEAR_PAN, "p95_ms"),
                    "empty graph, same window, p95", Ref.of(EMPTY_PAN, "p95_ms"), "ms", Target.atMost(16.7, "p95 ≤ 16.7 ms")),
            new Row("firstframe", "first frame of the console after launch (build's `bin/patchbay`, Xvfb)",
                    Ref.of("firstframe.console", "median_ms"), "an empty JavaFX window, same JVM and class path",
                    Ref.of("firstframe.empty", "median_ms"), "ms", Target.atMost(1500, "≤ 1.5 s")),
            new Row("firstframe", "same launch, the main window's first frame (hosts, graph, inspector)",
                    Ref.of("firstframe.console-ready", "median_ms"), "an empty JavaFX window, same JVM and class path",
                    Ref.of("firstframe.empty", "median_ms"), "ms", Target.atMost(1500, "≤ 1.5 s")),
            new Row("firstframe", "same launches, the main window's first frame against the light first frame (issue 17)",
                    Ref.of("firstframe.console-ready", "median_ms"), "the light first frame (\"Starting…\"), same launches",
                    Ref.of("firstframe.console", "median_ms"), "ms", Target.ratio(1.6, "ratio ≤ 1.6")),
            new Row("startup", "first frame of the installed app (.deb, the user's CDS archive)",
                    Ref.of("startup.cds", "median_ms"), "the same app without CDS (`-Xshare:off`)",
                    Ref.of("startup.off", "median_ms"), "ms", Target.atMost(1500, "≤ 1.5 s")),
            new Row("startup", "same launches of the installed app, the main window's first frame",
                    Ref.of("startup.cds", "main_window_median_ms"), "the same app without CDS (`-Xshare:off`)",
                    Ref.of("startup.off", "main_window_median_ms"), "ms", Target.atMost(1000, "≤ 1.0 s")),
            new Row("startup", "a user's first run of the installed app (the image's JDK archive; records the user's), main window",
                    Ref.of("startup.cds-first", "main_window_median_ms"), "the same app without CDS (`-Xshare:off`)",
                    Ref.of("startup.off", "main_window_median_ms"), "ms", Target.NONE));

    private BenchTable() {
    }

    /** The text between the markers: machine, table, and the figures no row shows. */
    static String render(List<BenchLine> lines, String note) {
        Set<BenchLine> used = new HashSet<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder();
        for (BenchLine l : lines) {
            if (l.id().equals("skipped")) {
                skipped.put(l.values().getOrDefault("group", ""), l.values().getOrDefault("reason", "skipped"));
                used.add(l);
            }
        }
        machine(lines, used, b);
        if (note != null && !note.isBlank()) {
            b.append(note.strip()).append("\n\n");
        }
        b.append("| what | ours (median) | baseline (median, same run) | ratio | target | met? |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Row r : ROWS) {
            Optional<Double> ours = r.ours().find(lines, used);
            Optional<Double> base = r.baseline().find(lines, used);
            b.append("| ").append(r.what()).append(" | ");
            if (ours.isEmpty() || base.isEmpty()) {
                String why = skipped.containsKey(r.group()) ? "skipped: " + skipped.get(r.group())
                        : "not measured (no " + (ours.isEmpty() ? r.ours() : r.baseline()).describe() + ")";
                b.append(why).append(" | ").append(r.baselineName()).append(" | | ").append(r.target().text()).append(" | |\n");
                continue;
            }
            double o = ours.get();
            double base0 = base.get();
            b.append(value(o, r.unit())).append(" | ").append(r.baselineName()).append(": ")
                    .append(value(base0, r.unit())).append(" | ").append(ratio(o, base0)).append(" | ")
                    .append(r.target().text()).append(" | ")
                    .append(r.target().none() ? "—" : r.target().met(o, base0) ? "yes" : "**no**").append(" |\n");
        }
        List<BenchLine> rest = lines.stream().filter(l -> !used.contains(l)).toList();
        if (!rest.isEmpty()) {
            b.append("\nAll other figures of this run (BENCH lines):\n\n```\n");
            for (BenchLine l : rest) {
                b.append(BenchLine.format(l.id(), flatten(l.values()))).append('\n');
            }
            b.append("```\n");
        }
        return b.toString();
    }

    private static void machine(List<BenchLine> lines, Set<BenchLine> used, StringBuilder b) {
        Map<String, String> m = new LinkedHashMap<>();
        for (BenchLine l : lines) {
            if (l.id().equals("machine") || l.id().equals("machine.end")) {
                used.add(l);
                l.values().forEach((k, v) -> m.put(l.id().equals("machine.end") ? "end." + k : k, v));
            }
        }
        if (m.isEmpty()) {
            b.append("Machine: not recorded.\n\n");
            return;
        }
        b.append("Run: ").append(m.getOrDefault("date", "?")).append(", `").append(m.getOrDefault("command", "bench/run-all"))
                .append("`.  \nMachine: ").append(m.getOrDefault("nproc", "?")).append(" cores (nproc), ")
                .append(m.getOrDefault("cpu", "?")).append(", ").append(m.getOrDefault("ram", "?")).append(" RAM, ")
                .append(m.getOrDefault("os", "?")).append(", JDK ").append(m.getOrDefault("jdk", "?"))
                .append(".  \nLoad average (1/5/15 min): ").append(m.getOrDefault("load", "?")).append(" at the start, ")
                .append(m.getOrDefault("end.load", "?")).append(" at the end.\n\n");
    }

    private static Object[] flatten(Map<String, String> values) {
        List<Object> kv = new ArrayList<>();
        values.forEach((k, v) -> {
            kv.add(k);
            kv.add(v);
        });
        return kv.toArray();
    }

    static String value(double v, String unit) {
        String n;
        if (unit.isEmpty()) {
            n = String.format(Locale.ROOT, "%,d", Math.round(v));
        } else if (Math.abs(v) < 10) {
            n = String.format(Locale.ROOT, "%.2f", v);
        } else if (Math.abs(v) < 100) {
            n = String.format(Locale.ROOT, "%.1f", v);
        } else {
            n = String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        return unit.isEmpty() ? n : n + " " + unit;
    }

    static String ratio(double ours, double baseline) {
        if (baseline == 0) {
            return ours == 0 ? "equal" : "—";
        }
        double r = ours / baseline;
        if (r >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", r);
        }
        return String.format(Locale.ROOT, "%.3f (%d× faster)", r, Math.round(1 / r));
    }

    /** The document with the text between the markers replaced. */
    static String replaceBetweenMarkers(String doc, String table) {
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " section to rewrite");
        }
        return doc.substring(0, begin + BEGIN.length()) + "\n" + table + doc.substring(end);
    }

    public static void main(String[] args) throws IOException {
        Path doc = null;
        String note = null;
        List<BenchLine> lines = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--doc" -> doc = Path.of(args[++i]);
                case "--note" -> note = args[++i];
                default -> {
                    Path in = Path.of(args[i]);
                    String text = Files.readString(in, StandardCharsets.UTF_8);
                    if (in.toString().endsWith(".json")) {
                        try {
                            lines.addAll(JmhResults.read(text));
                        } catch (IOException e) {
                            throw new IOException(in + ": " + e.getMessage(), e);
                        }
                    } else {
                        text.lines().map(BenchLine::parse).flatMap(Optional::stream).forEach(lines::add);
                    }
                }
            }
        }
        String table = render(lines, note);
        if (doc == null) {
            System.out.print(table);
            return;
        }
        Files.writeString(doc, replaceBetweenMarkers(Files.readString(doc, StandardCharsets.UTF_8), table),
                StandardCharsets.UTF_8);
        System.out.println("bench: table written to " + doc + " (" + lines.size() + " figure lines)");
    }
}
