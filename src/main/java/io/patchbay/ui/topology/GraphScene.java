package io.patchbay.ui.topology;

import io.patchbay.layout.Layout;
import io.patchbay.layout.TopologyGraph;

/** A graph and its layout, computed together off the FX thread. */
public record GraphScene(TopologyGraph graph, Layout layout) {
}
