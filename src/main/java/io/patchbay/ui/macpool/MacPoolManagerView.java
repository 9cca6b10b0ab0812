package io.patchbay.ui.macpool;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The MAC pool manager (macpool_manager.fxml), bound to a {@link MacPoolManagerViewModel}. */
public final class MacPoolManagerView {
    private final MacPoolManagerViewModel vm;
    private final ResourceBundle strings;

    @FXML
    private Label summaryLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Button refreshButton;
    @FXML
    private TableView<PoolRow> poolTable;
    @FXML
    private TableColumn<PoolRow, String> nameColumn;
    @FXML
    private TableColumn<PoolRow, String> rangesColumn;
    @FXML
    private TableColumn<PoolRow, String> sizeColumn;
    @FXML
    private TableColumn<PoolRow, String> usedColumn;
    @FXML
    private TableColumn<PoolRow, String> freeColumn;
    @FXML
    private TableColumn<PoolRow, PoolRow> usageColumn;
    @FXML
    private TextField nameField;
    @FXML
    private TextField rangesField;
    @FXML
    private Button addButton;
    @FXML
    private Label problemLabel;
    @FXML
    private Button addRangesButton;
    @FXML
    private Label selectedLabel;
    @FXML
    private ChoiceBox<String> rangeBox;
    @FXML
    private Button removeRangeButton;
    @FXML
    private TableView<DuplicateRow> duplicateTable;
    @FXML
    private TableColumn<DuplicateRow, String> dupMacColumn;
    @FXML
    private TableColumn<DuplicateRow, String> dupWhereColumn;
    @FXML
    private Label statusLabel;

    public MacPoolManagerView(MacPoolManagerViewModel vm, ResourceBundle strings) {
        this.vm = vm;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        poolTable.setItems(vm.pools());
        text(nameColumn, PoolRow::name);
        text(rangesColumn, PoolRow::ranges);
        text(sizeColumn, r -> String.format("%,d", r.size()));
        text(usedColumn, r -> String.format("%,d", r.used()));
        text(freeColumn, r -> String.format("%,d", r.free()));
        usageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        usageColumn.setCellFactory(c -> new UsageCell());
        duplicateTable.setItems(vm.duplicates());
        dupMacColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().mac()));
        dupWhereColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(";  ", c.getValue().places())));

        nameField.textProperty().bindBidirectional(vm.newNameProperty());
        rangesField.textProperty().bindBidirectional(vm.newRangesProperty());
        nameField.setOnAction(e -> vm.addPool());
        rangesField.setOnAction(e -> vm.addPool());
        addButton.disableProperty().bind(vm.problemProperty().isNotNull().or(vm.busyProperty()));
        addRangesButton.disableProperty().bind(vm.rangeProblemProperty().isNotNull().or(vm.busyProperty()));
        problemLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            boolean noName = vm.newNameProperty().get().isBlank();
            boolean noRanges = vm.newRangesProperty().get().isBlank();
            // naming a pool means a new pool; ranges alone with a pool selected mean adding to it
            MacPoolManagerViewModel.Problem p = noName && vm.selectedProperty().get() != null
                    ? vm.rangeProblemProperty().get() : vm.problemProperty().get();
            if (p == null || noName && noRanges) {
                return "";
            }
            return p.key() != null ? strings.getString(p.key()) : p.sentence();
        }, vm.problemProperty(), vm.rangeProblemProperty(), vm.newNameProperty(), vm.newRangesProperty(), vm.selectedProperty()));

        poolTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (poolTable.getSelectionModel().getSelectedItem() != b) {
                poolTable.getSelectionModel().select(b);
            }
            rangeBox.getItems().setAll(b == null ? List.of() : List.of(b.ranges().split(", ")));
            rangeBox.setValue(rangeBox.getItems().isEmpty() ? null : rangeBox.getItems().get(0));
            selectedLabel.setText(b == null ? strings.getString("macpool.noSelection")
                    : String.format(strings.getString("macpool.selected"), b.name()));
        });
        selectedLabel.setText(strings.getString("macpool.noSelection"));
        rangeBox.disableProperty().bind(vm.selectedProperty().isNull());
        removeRangeButton.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty())
                .or(rangeBox.valueProperty().isNull()));

        progress.visibleProperty().bind(vm.busyProperty());
        refreshButton.disableProperty().bind(vm.busyProperty());
        summaryLabel.textProperty().bind(Bindings.createStringBinding(() -> !vm.readProperty().get()
                ? strings.getString("macpool.reading")
                : String.format(strings.getString("macpool.summary"), vm.pools().size(), vm.macsInUseProperty().get()),
                vm.readProperty(), vm.macsInUseProperty(), vm.pools()));
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.errorProperty().get() != null) {
                return String.format(strings.getString("macpool.failed"), vm.errorProperty().get());
            }
            MacPoolManagerViewModel.Done d = vm.doneProperty().get();
            return d == null ? "" : String.format(strings.getString(d.key()), d.pool());
        }, vm.errorProperty(), vm.doneProperty()));
        vm.errorProperty().addListener((o, a, b) -> {
            statusLabel.getStyleClass().remove("form-problem");
            if (b != null) {
                statusLabel.getStyleClass().add("form-problem");
            }
        });
    }

    private static void text(TableColumn<PoolRow, String> c, Function<PoolRow, String> f) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
    }

    @FXML
    private void onRefresh() {
        vm.refresh();
    }

    @FXML
    private void onAdd() {
        vm.addPool();
    }

    @FXML
    private void onAddRanges() {
        vm.addRangesToSelected();
    }

    @FXML
    private void onRemoveRange() {
        vm.removeRange(rangeBox.getValue());
    }

    /** A usage bar with the used share, red with a warning when few MACs are left. */
    private final class UsageCell extends TableCell<PoolRow, PoolRow> {
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(6, bar, text);

        UsageCell() {
            bar.setPrefWidth(80);
            bar.getStyleClass().add("usage-bar");
        }

        @Override
        protected void updateItem(PoolRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            bar.setProgress(r.usedShare());
            bar.getStyleClass().remove("usage-low");
            text.getStyleClass().remove("form-problem");
            if (r.low()) {
                bar.getStyleClass().add("usage-low");
                text.getStyleClass().add("form-problem");
                text.setText(String.format(strings.getString("macpool.low"), r.free()));
            } else {
                text.setText(String.format("%.0f %%", r.usedShare() * 100));
            }
            setGraphic(box);
        }
    }
}
