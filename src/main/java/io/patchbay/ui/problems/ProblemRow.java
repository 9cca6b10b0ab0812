package io.patchbay.ui.problems;

import io.patchbay.problems.Problem;
import java.util.Objects;

/** One line of the Problems pane: the host (as the graph names it), the problem and its sentence in the UI's language. */
public record ProblemRow(String host, Problem problem, String sentence) {
    public ProblemRow {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(sentence, "sentence");
    }
}
