package io.patchbay.discovery.ssh;

import java.util.List;
import java.util.Objects;

/**
 * How to reach a target: zero or more jump hosts (ProxyJump, first hop first), then the target.
 */
public record SshRoute(List<ResolvedHost> jumps, ResolvedHost target) {
    public SshRoute {
        jumps = List.copyOf(jumps);
        Objects.requireNonNull(target, "target");
    }
}
