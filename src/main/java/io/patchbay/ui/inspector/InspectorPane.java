package io.patchbay.ui.inspector;

import io.patchbay.export.SafeText;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.TopologyViewModel;
import io.patchbay.ui.traffic.TrafficPanel;
import io.patchbay.ui.traffic.TrafficSelection;
import io.patchbay.ui.traffic.TrafficViewModel;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The inspector (inspector_pane.fxml): the facts of the selected subject as the current snapshot
 * has it (a vNIC as one subject: its libvirt section and its tap's kernel section, from the tap or
 * from its VM), each with where it was learnt, and below them the traffic of its vNICs. Follows the
 * selection and every new snapshot (apply, undo, refresh, event). The columns share the pane's width.
 */
public final class InspectorPane {
    /** The style class of a row that heads a section ({@code -tap} added for a tap's section). */
    private static final String SECTION = "inspector-section";

    private final TopologyViewModel topology;
    private final TrafficViewModel traffic;
    private final ResourceBundle strings;

    @FXML
    private TableView<Fact> inspector;
    @FXML
    private TableColumn<Fact, String> factColumn;
    @FXML
    private TableColumn<Fact, String> valueColumn;
    @FXML
    private TableColumn<Fact, String> sourceColumn;
    @FXML
    private StackPane inspectorExtras;

    public InspectorPane(TopologyViewModel topology, TrafficViewModel traffic, ResourceBundle strings) {
        this.topology = topology;
        this.traffic = traffic;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        inspector.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        inspector.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Fact f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll(SECTION, SECTION + "-tap");
                if (!empty && f != null && f.section()) {
                    getStyleClass().add(SECTION);
                    if (SubjectFacts.TAP_SECTION.equals(f.labelKey())) {
                        getStyleClass().add(SECTION + "-tap");
                    }
                }
            }
        });
        factColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().labelKey())));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(SafeText.terminal(c.getValue().value())));
        // a value cut by the column's width is whole in its tooltip
        valueColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null || v.isEmpty() ? null : new Tooltip(v));
            }
        });
        // a source is a provenance ("capture:file") or the bundle key of where an address was learnt
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source() == null ? "\u2014"
                : label(c.getValue().source())));
        TrafficPanel panel = new TrafficPanel(traffic, strings);
        inspectorExtras.getChildren().add(panel);
        Runnable follow = () -> {
            GraphScene s = topology.sceneProperty().get();
            panel.show(s == null ? List.of() : TrafficSelection.of(s.graph().subjects(), topology.selectedProperty().get()));
        };
        topology.selectedProperty().addListener((o, a, b) -> {
            showSelected();
            follow.run();
        });
        topology.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                showSelected();
            }
            follow.run();
        });
    }

    /** Shows {@code facts} (a row of the Devices tab) until the next selection on the graph. */
    public void show(List<Fact> facts) {
        inspector.getItems().setAll(facts);
    }

    private void showSelected() {
        GraphScene scene = topology.sceneProperty().get();
        String id = topology.selectedProperty().get();
        inspector.getItems().setAll(scene == null || id == null ? List.of() : SubjectFacts.of(scene.graph().subjects(), id));
    }

    private String label(String key) {
        return strings.containsKey(key) ? strings.getString(key) : key;
    }
}
