package io.patchbay.ui.problems;

import io.patchbay.problems.Severity;
import io.patchbay.ui.common.SeverityIcons;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Problems tab: its title counts them; a table of severity (icon and word), host, kind, the
 * subjects and the sentence. A click on a row, or Enter on the selected one, hands the row to
 * {@code reveal} (the window shows it on the graph).
 */
public final class ProblemsView {
    public static final String TAB_ID = "problemsTab";
    public static final String TABLE_ID = "problemsTable";

    private final ProblemsViewModel vm;
    private final ResourceBundle strings;
    private final Consumer<ProblemRow> reveal;
    private final TableView<ProblemRow> table = new TableView<>();
    private final Tab tab = new Tab();

    public ProblemsView(ProblemsViewModel vm, ResourceBundle strings, Consumer<ProblemRow> reveal) {
        this.vm = vm;
        this.strings = strings;
        this.reveal = reveal;
        build();
    }

    public Tab tab() {
        return tab;
    }

    private void build() {
        tab.setId(TAB_ID);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(strings.getString("problems.tab"), vm.countProperty().get()), vm.countProperty()));
        table.setId(TABLE_ID);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(strings.getString("problems.empty")));
        table.getColumns().add(severityColumn());
        table.getColumns().add(column("problems.host", 110, r -> r.host()));
        table.getColumns().add(column("problems.kind", 130,
                r -> strings.getString("problems.kind." + r.problem().kind().wireName())));
        TableColumn<ProblemRow, String> sentence = column("problems.sentence", 640, ProblemRow::sentence);
        sentence.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null ? null : new Tooltip(s));
            }
        });
        table.getColumns().add(column("problems.subjects", 220, r -> String.join(", ", r.problem().subjects())));
        // the sentence last, taking the width that is left
        table.getColumns().add(sentence);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<ProblemRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) {
                    reveal.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ProblemRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                reveal.accept(r);
                e.consume();
            }
        });
        tab.setContent(table);
    }

    private TableColumn<ProblemRow, String> severityColumn() {
        TableColumn<ProblemRow, String> c = new TableColumn<>(strings.getString("problems.severity"));
        c.setPrefWidth(100);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().problem().severity().wireName()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("severity-error", "severity-warning");
                ProblemRow r = empty ? null : getTableRow().getItem();
                if (r == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Severity sev = r.problem().severity();
                // the icon and the word, never the colour alone
                FontIcon icon = new FontIcon(SeverityIcons.literal(sev));
                icon.getStyleClass().add("severity-icon");
                setGraphic(icon);
                setText(strings.getString("problems.severity." + sev.wireName()));
                getStyleClass().add(SeverityIcons.styleClass(sev));
            }
        });
        return c;
    }

    private TableColumn<ProblemRow, String> column(String key, double width,
                                                   java.util.function.Function<ProblemRow, String> value) {
        TableColumn<ProblemRow, String> c = new TableColumn<>(strings.getString(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        return c;
    }
}
