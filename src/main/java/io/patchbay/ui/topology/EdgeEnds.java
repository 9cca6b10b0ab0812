package io.patchbay.ui.topology;

/** An edge of the graph by the ids of the nodes it joins (whatever its kind). */
public record EdgeEnds(String from, String to) {
}
