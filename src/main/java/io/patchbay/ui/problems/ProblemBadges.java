package io.patchbay.ui.problems;

import io.patchbay.layout.GraphSubject;
import io.patchbay.problems.Severity;
import io.patchbay.ui.topology.NodeBadge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The badge of every node that is a subject of a problem: its worst severity and every sentence. Plain Java. */
public final class ProblemBadges {
    private ProblemBadges() {
    }

    public static Map<String, NodeBadge> of(List<ProblemRow> rows, Map<String, GraphSubject> subjects) {
        Map<String, Severity> worst = new HashMap<>();
        Map<String, List<String>> sentences = new HashMap<>();
        for (ProblemRow r : rows) {
            for (String node : ProblemNodes.of(subjects, r.host(), r.problem())) {
                // the enum lists the worse first
                worst.merge(node, r.problem().severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                List<String> mine = sentences.computeIfAbsent(node, k -> new ArrayList<>());
                if (!mine.contains(r.sentence())) {
                    mine.add(r.sentence());
                }
            }
        }
        Map<String, NodeBadge> out = new HashMap<>();
        worst.forEach((node, severity) -> out.put(node, new NodeBadge(severity, sentences.get(node))));
        return out;
    }
}
