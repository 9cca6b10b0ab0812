package io.patchbay.ui.problems;

import io.patchbay.model.HostTopology;
import io.patchbay.problems.Problem;
import io.patchbay.problems.ProblemText;
import io.patchbay.problems.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the Problems pane from the hosts' snapshots: the connected hosts together (so that
 * a MAC used on two of them is found), the others each alone (their last picture). Errors first,
 * then in the order of the hosts. Plain Java, no I/O.
 */
public final class ProblemRows {
    private ProblemRows() {
    }

    public static List<ProblemRow> of(List<HostTopology> connected, List<HostTopology> others, Locale locale) {
        List<ProblemRow> out = new ArrayList<>();
        add(out, Problems.of(connected), locale);
        for (HostTopology h : others) {
            add(out, Map.of(h.name(), Problems.of(h)), locale);
        }
        out.sort(Comparator.comparing(r -> r.problem().severity())); // stable: hosts keep their order
        return List.copyOf(out);
    }

    private static void add(List<ProblemRow> out, Map<String, List<Problem>> byHost, Locale locale) {
        byHost.forEach((host, problems) -> {
            for (Problem p : problems) {
                out.add(new ProblemRow(host, p, ProblemText.of(p, locale)));
            }
        });
    }
}
