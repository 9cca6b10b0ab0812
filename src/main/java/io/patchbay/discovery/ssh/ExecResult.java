package io.patchbay.discovery.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * What one remote command gave back.
 *
 * @param exitStatus the command's exit status
 * @param stdout     standard output, UTF-8
 * @param stderr     standard error, UTF-8
 * @param elapsed    from opening the channel to its close
 */
public record ExecResult(int exitStatus, String stdout, String stderr, Duration elapsed) {
    public ExecResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
