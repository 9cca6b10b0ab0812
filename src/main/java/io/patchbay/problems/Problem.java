package io.patchbay.problems;

import java.util.List;
import java.util.Objects;

/**
 * One problem of a host, computed from its snapshot alone.
 *
 * @param subjects the device names, VM names and MACs involved, the first being the one to show
 * @param args     the values of the finding's sentence, in its order (see {@link Finding})
 */
public record Problem(Finding finding, Severity severity, List<String> subjects, List<String> args) {
    public Problem {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(severity, "severity");
        subjects = List.copyOf(subjects);
        args = List.copyOf(args);
    }

    public ProblemKind kind() {
        return finding.kind();
    }
}
