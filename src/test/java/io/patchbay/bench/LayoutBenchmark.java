package io.patchbay.bench;

import io.patchbay.layout.Crossings;
import io.patchbay.layout.GeneratedTopology;
import io.patchbay.layout.LayeredLayout;
import io.patchbay.layout.Layout;
import io.patchbay.layout.LayoutGraph;
import io.patchbay.layout.LayoutNode;
import io.patchbay.layout.NodeBox;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.layout.EdgeRoute;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@link LayeredLayout} against ELK layered (0.10.0, direction down) on the same generated host
 * graphs ({@link GeneratedTopology}: 2,000 nodes; a pure tree, and one where every tenth VM has a
 * second vNIC on another bridge). Time per layout from JMH; edge crossings printed first, both
 * counted by {@link Crossings} (straight segments between node centres). Targets: ours at most
 * 100 ms, at least 20 times faster than ELK, with no more crossings.
 *
 * <p>Run:
 * <pre>
 * mvn -o -DbuildDir=target-ui test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath io.patchbay.bench.LayoutBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class LayoutBenchmark {
    @Param("2000")
    public int nodes;

    /** Every n-th VM has a second vNIC on another bridge; 0: a pure tree. */
    @Param({"0", "10"})
    public int secondVnicEvery;

    private LayoutGraph graph;
    private List<EdgeRoute> edges;

    @Setup
    public void setUp() {
        graph = graphOf(nodes, secondVnicEvery);
        edges = LayeredLayout.compute(graph).edges();
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    static LayoutGraph graphOf(int nodes, int every) {
        return TopologyGraph.of(List.of(GeneratedTopology.host("bench", nodes, every)), Set.of()).graph();
    }

    @Benchmark
    public Layout patchbay() {
        return LayeredLayout.compute(graph);
    }

    @Benchmark
    public Layout elkLayered() {
        return elk(graph, edges);
    }

    /** ELK on the same nodes and the same (upper to lower) edges, read back as our Layout. */
    static Layout elk(LayoutGraph graph, List<EdgeRoute> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (LayoutNode n : graph.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(n.width(), n.height());
            elkNodes.put(n.id(), e);
        }
        for (EdgeRoute r : edges) {
            ElkGraphUtil.createSimpleEdge(elkNodes.get(r.from()), elkNodes.get(r.to()));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, NodeBox> boxes = new HashMap<>();
        for (LayoutNode n : graph.nodes()) {
            ElkNode e = elkNodes.get(n.id());
            boxes.put(n.id(), new NodeBox(n.id(), n.host(), n.layer(), e.getX(), e.getY(), e.getWidth(), e.getHeight()));
        }
        return new Layout(boxes, edges, List.of(), root.getWidth(), root.getHeight());
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        Map<Integer, long[]> crossings = new HashMap<>();
        for (int every : new int[] {0, 10}) {
            LayoutGraph g = graphOf(2000, every);
            Layout ours = LayeredLayout.compute(g);
            Layout elk = elk(g, ours.edges());
            crossings.put(every, new long[] {Crossings.count(ours), Crossings.count(elk)});
            System.out.printf("crossings, 2000 nodes, second vNIC every %d VMs: patchbay %d, ELK layered %d (%d edges)%n",
                    every, crossings.get(every)[0], crossings.get(every)[1], ours.edges().size());
            BenchLine.print(every == 0 ? "layout.crossings.tree" : "layout.crossings.every" + every,
                    "patchbay", crossings.get(every)[0], "elk", crossings.get(every)[1], "edges", ours.edges().size());
        }
        CommandLineOptions cli = new CommandLineOptions(args);
        Options options = new OptionsBuilder().parent(cli).include(LayoutBenchmark.class.getSimpleName()).build();
        Map<String, Double> ms = new HashMap<>();
        for (RunResult r : new Runner(options).run()) {
            ms.put(r.getParams().getBenchmark().replaceAll(".*\\.", "") + "/" + r.getParams().getParam("secondVnicEvery"),
                    r.getPrimaryResult().getScore());
        }
        for (int every : new int[] {0, 10}) {
            Double ours = ms.get("patchbay/" + every);
            Double elk = ms.get("elkLayered/" + every);
            if (ours != null && elk != null) {
                BenchLine.print(every == 0 ? "layout-tree" : "layout-crosslinked", "ours_ms", ours, "elk_ms", elk,
                        "ratio", elk / ours, "crossings", crossings.get(every)[0], "elk_crossings", crossings.get(every)[1]);
            }
        }
    }
}
