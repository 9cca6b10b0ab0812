package io.patchbay.ui.main;

import io.patchbay.layout.GraphSubject;
import io.patchbay.ui.problems.ProblemBadges;
import io.patchbay.ui.problems.ProblemRow;
import io.patchbay.ui.topology.EdgeEnds;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.traffic.RateText;
import io.patchbay.ui.traffic.TrafficMarks;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;

/**
 * Puts the hosts' live state on the graph: a badge on each subject of a problem, a red mark on
 * each vNIC whose drops or errors grew, and each busy vNIC's edge drawn by its throughput step.
 * Follows new scenes, new problems and new traffic readings.
 */
final class GraphMarks {
    private final MainViewModel vm;
    private final GraphView graph;
    private final ResourceBundle strings;

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

    private void apply() {
        GraphScene s = vm.topology().sceneProperty().get();
        if (s == null) {
            return;
        }
        Map<String, GraphSubject> subjects = s.graph().subjects();
        TrafficMarks traffic = TrafficMarks.of(subjects, vm.traffic().all());
        Map<String, String> losses = new HashMap<>();
        traffic.losses().forEach((node, growth) -> losses.put(node, RateText.loss(strings, growth)));
        Map<EdgeEnds, String> edges = new HashMap<>();
        traffic.steps().forEach((ends, step) -> edges.put(ends, step.styleClass()));
        graph.setMarks(ProblemBadges.of(vm.problems().rows(), subjects), losses, edges);
    }
}
