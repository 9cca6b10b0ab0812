package io.patchbay.ui.main;

import io.patchbay.layout.GraphSubject;
import io.patchbay.ui.problems.ProblemBadges;
import io.patchbay.ui.problems.ProblemRow;
import io.patchbay.ui.topology.EdgeEnds;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.traffic.RateText;
import io.patchbay.ui.traffic.TrafficMarks;
import io.patchbay.ui.topology.NodeBadge;
import io.patchbay.ui.traffic.VnicTraffic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the hosts' live state on the graph: a badge on each subject of a problem, a red mark on
 * each vNIC whose drops or errors grew, and each busy vNIC's edge drawn by its throughput step.
 * Follows new scenes, new problems and new traffic readings; computed off the FX thread, the
 * newest result wins.
 */
final class GraphMarks {
    private static final Logger LOG = LoggerFactory.getLogger(GraphMarks.class);
    private final MainViewModel vm;
    private final GraphView graph;
    private final ResourceBundle strings;
    private long generation;

    private GraphMarks(MainViewModel vm, GraphView graph, ResourceBundle strings) {
        this.vm = vm;
        this.graph = graph;
        this.strings = strings;
    }

    static void install(MainViewModel vm, GraphView graph, ResourceBundle strings) {
        GraphMarks m = new GraphMarks(vm, graph, strings);
        vm.topology().sceneProperty().addListener((o, a, b) -> m.apply());
        vm.problems().rows().addListener((ListChangeListener<ProblemRow>) c -> m.apply());
        vm.traffic().revisionProperty().addListener((o, a, b) -> m.apply());
        m.apply();
    }

    /** The marks of a scene, computed off the FX thread (a fleet of thousands of vNICs takes tens of ms). */
    private record Marks(Map<String, NodeBadge> badges, Map<String, String> losses, Map<EdgeEnds, String> edges) {
    }

    private void apply() {
        GraphScene s = vm.topology().sceneProperty().get();
        if (s == null) {
            return;
        }
        long gen = ++generation;
        Map<String, GraphSubject> subjects = s.graph().subjects();
        List<ProblemRow> rows = List.copyOf(vm.problems().rows());
        List<VnicTraffic> readings = vm.traffic().all();
        vm.tasks().run(() -> {
            TrafficMarks traffic = TrafficMarks.of(subjects, readings);
            Map<String, String> losses = new HashMap<>();
            traffic.losses().forEach((node, growth) -> losses.put(node, RateText.loss(strings, growth)));
            Map<EdgeEnds, String> edges = new HashMap<>();
            traffic.steps().forEach((ends, step) -> edges.put(ends, step.styleClass()));
            return new Marks(ProblemBadges.of(rows, subjects), losses, edges);
        }, m -> {
            if (gen == generation) {
                graph.setMarks(m.badges(), m.losses(), m.edges());
            }
        }, err -> LOG.error("the graph's marks could not be computed; it keeps the previous ones", err));
    }
}
