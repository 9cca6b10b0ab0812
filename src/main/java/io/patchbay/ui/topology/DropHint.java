package io.patchbay.ui.topology;

/** What the graph shows over a potential drop target: whether it accepts, and the sentence why (or why not). */
public record DropHint(boolean accepted, String text) {
}
