package io.patchbay.ui.topology;

import io.patchbay.problems.Severity;
import java.util.List;
import java.util.Objects;

/** The badge of a node that is a subject of problems: the worst severity, and every problem's sentence. */
public record NodeBadge(Severity severity, List<String> sentences) {
    public NodeBadge {
        Objects.requireNonNull(severity, "severity");
        sentences = List.copyOf(sentences);
    }
}
