package io.patchbay.ui.journal;

import io.patchbay.ops.JournalEntry;
import io.patchbay.ui.common.Fxml;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/**
 * The Changes tab: every vNIC change of the journal with its details, Undo last change and
 * reload. Built when the tab is first selected ({@link #load}); the changes themselves are read
 * at start by {@link ChangesViewModel}, so Undo works before the tab was ever shown.
 */
public final class ChangesTab {
    private final ChangesViewModel changes;
    private final Runnable undoLast;
    private final ResourceBundle strings = Fxml.strings();

    @FXML
    private TableView<JournalEntry> changesTable;
    @FXML
    private TableColumn<JournalEntry, String> changeWhen;
    @FXML
    private TableColumn<JournalEntry, String> changeHost;
    @FXML
    private TableColumn<JournalEntry, String> changeVm;
    @FXML
    private TableColumn<JournalEntry, String> changeKind;
    @FXML
    private TableColumn<JournalEntry, String> changeMac;
    @FXML
    private TableColumn<JournalEntry, String> changeResult;
    @FXML
    private TextArea changeText;
    @FXML
    private Label changesProblem;

    private ChangesTab(ChangesViewModel changes, Runnable undoLast) {
        this.changes = changes;
        this.undoLast = undoLast;
    }

    /** The tab's content over {@code changes}; its Undo button runs {@code undoLast}. */
    public static Parent load(ChangesViewModel changes, Runnable undoLast) {
        return Fxml.load(Fxml.File.CHANGES_TAB, type -> new ChangesTab(changes, undoLast));
    }

    @FXML
    private void initialize() {
        changesTable.setItems(changes.changes());
        changeWhen.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().when()));
        changeHost.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().host()));
        changeVm.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().vm()));
        changeKind.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                ChangesViewModel.kindText(c.getValue(), changes.changes(), strings)));
        changeMac.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().mac()));
        changeResult.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().result()));
        changesTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                changeText.setText(b == null ? "" : ChangesViewModel.details(b, strings)));
        changes.changes().addListener((ListChangeListener<JournalEntry>) c -> selectLast());
        changesProblem.textProperty().bind(changes.problemProperty());
        selectLast();
    }

    private void selectLast() {
        int last = changes.changes().size() - 1;
        if (last >= 0) {
            changesTable.scrollTo(last);
            changesTable.getSelectionModel().select(last);
        }
    }

    @FXML
    private void onUndoLastChange() {
        undoLast.run();
    }

    @FXML
    private void onReloadChanges() {
        changes.reload();
    }
}
