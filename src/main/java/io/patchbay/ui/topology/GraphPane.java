package io.patchbay.ui.topology;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window (graph_pane.fxml): the graph of the snapshots on show, marked with the
 * selection, highlights and pending changes, and beside it the Devices tab (filled by whoever
 * wires the window, on its first selection).
 */
public final class GraphPane {
    private final TopologyViewModel topology;
    private final GraphView graph = new GraphView();

    @FXML
    private TabPane centerTabs;
    @FXML
    private StackPane graphHolder;
    @FXML
    private Tab devicesTab;

    public GraphPane(TopologyViewModel topology) {
        this.topology = topology;
    }

    /** The graph (tests and benchmarks drive it directly). */
    public GraphView graph() {
        return graph;
    }

    /** The layer over the graph (notes are shown there). */
    public StackPane overlay() {
        return graphHolder;
    }

    /** The Devices tab, empty until it is first selected. */
    public Tab devicesTab() {
        return devicesTab;
    }

    @FXML
    private void initialize() {
        graphHolder.getChildren().add(graph);
        topology.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                graph.show(b);
                mark();
            }
        });
        graph.setOnSelect(id -> topology.selectedProperty().set(id));
        graph.setOnToggle(topology::toggleCollapse);
        topology.selectedProperty().addListener((o, a, b) -> mark());
        topology.highlighted().addListener((SetChangeListener<String>) c -> mark());
        topology.pending().addListener((SetChangeListener<String>) c -> mark());
    }

    private void mark() {
        graph.mark(topology.selectedProperty().get(), topology.highlighted(), topology.pending());
    }

    public void fit() {
        graph.fit();
    }

    public void zoomIn() {
        graph.zoom(1.25, graph.getWidth() / 2, graph.getHeight() / 2);
    }

    public void zoomOut() {
        graph.zoom(1 / 1.25, graph.getWidth() / 2, graph.getHeight() / 2);
    }

    /** Collapses the selected node's group, or opens it again. */
    public void toggleCollapseSelected() {
        topology.toggleCollapse(topology.selectedProperty().get());
    }

    /** Shows the graph tab centred on the first of {@code hits} (search hits, a problem's subjects). */
    public void centre(List<String> hits) {
        if (!hits.isEmpty()) {
            centerTabs.getSelectionModel().select(0);
            graph.centreOn(hits.get(0));
        }
    }
}
