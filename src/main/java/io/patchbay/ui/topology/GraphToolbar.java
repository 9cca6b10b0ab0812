package io.patchbay.ui.topology;

import io.patchbay.ops.ScopeRequest;
import io.patchbay.ui.change.ScopeChoice;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The toolbar over the graph (graph_toolbar.fxml): search, fit and zoom, collapse, highlight a
 * network (what they found is said beside them), and the live/config scope of changes.
 */
public final class GraphToolbar {
    private final TopologyViewModel topology;
    private final GraphPane pane;
    private final ObjectProperty<ScopeRequest> scope;
    private final ResourceBundle strings;

    @FXML
    private TextField searchField;
    @FXML
    private Label searchResult;
    @FXML
    private ChoiceBox<ScopeChoice> scopeChoice;

    public GraphToolbar(TopologyViewModel topology, GraphPane pane, ObjectProperty<ScopeRequest> scope,
                        ResourceBundle strings) {
        this.topology = topology;
        this.pane = pane;
        this.scope = scope;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        ScopeChoice.bind(scopeChoice, scope, strings);
    }

    @FXML
    private void onSearch() {
        List<String> hits = topology.search(searchField.getText());
        if (hits.isEmpty()) {
            searchResult.setText(searchField.getText().isBlank() ? "" : strings.getString("graph.noMatch"));
        } else {
            searchResult.setText(String.format(strings.getString("graph.matches"), hits.size()));
            pane.centre(hits);
        }
    }

    @FXML
    private void onFit() {
        pane.fit();
    }

    @FXML
    private void onZoomIn() {
        pane.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        pane.zoomOut();
    }

    @FXML
    private void onToggleCollapse() {
        pane.toggleCollapseSelected();
    }

    /** Highlights the selected bridge's network and says how many nodes it has. */
    @FXML
    public void onHighlightNetwork() {
        int n = topology.highlightNetwork().size();
        searchResult.setText(n == 0 ? strings.getString("graph.selectBridge") : String.format(strings.getString("graph.network"), n));
    }
}
