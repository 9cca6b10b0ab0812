package io.patchbay.ui.main;

import io.patchbay.model.HostTopology;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.topology.TopologyViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/**
 * Brings a host into view on the graph when the admin picks it in the host list, and a host added
 * while the console runs once its first picture lands (it may be laid out anywhere in the grid).
 * Hosts restored at start are left to the first fit.
 */
final class HostInView {
    private final GraphView graph;
    private final ListView<HostEntry> list;
    /** A host to show as soon as the picture has it, or null. */
    private HostEntry waiting;

    private HostInView(GraphView graph, ListView<HostEntry> list) {
        this.graph = graph;
        this.list = list;
    }

    static void install(GraphView graph, ListView<HostEntry> list, TopologyViewModel topology) {
        HostInView v = new HostInView(graph, list);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && list.isFocused()) {
                v.show(b);
            }
        });
        list.getItems().addListener((ListChangeListener<HostEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded() && topology.sceneProperty().get() != null
                        && !topology.sceneProperty().get().layout().hosts().isEmpty()) {
                    v.waiting = c.getAddedSubList().get(c.getAddedSize() - 1);
                }
            }
        });
        // after the graph has drawn the new picture (the graph's own listener was added first)
        topology.sceneProperty().addListener((o, a, b) -> {
            if (v.waiting != null && v.showNow(v.waiting)) {
                v.waiting = null;
            }
        });
    }

    private void show(HostEntry e) {
        waiting = showNow(e) ? null : e;
    }

    private boolean showNow(HostEntry e) {
        HostTopology t = e.topologyProperty().get();
        return t != null && graph.showHost(t.name());
    }
}
