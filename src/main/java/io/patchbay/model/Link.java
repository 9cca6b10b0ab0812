package io.patchbay.model;

import java.util.Objects;

/** A directed edge of the topology: {@code from} (a device) to {@code to} (a device or a VM name). */
public record Link(String from, String to, LinkKind kind) {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }
}
