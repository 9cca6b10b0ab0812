package io.patchbay.ui.journal;

import io.patchbay.ui.common.LazyTab;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/**
 * The tabs below the graph (journal_pane.fxml): the journal of everything the console ran (newest
 * selected), the Changes tab (built on first selection, {@link ChangesTab}), and whatever other
 * tab the window adds ({@link #addTab}).
 */
public final class JournalPane {
    private final JournalViewModel journal;
    private final ChangesViewModel changes;
    private final Runnable undoLast;
    private final ResourceBundle strings;

    @FXML
    private TabPane bottomTabs;
    @FXML
    private ListView<JournalEntry> journalList;
    @FXML
    private TextArea journalText;
    @FXML
    private Tab changesTab;

    /** @param undoLast what the Changes tab's Undo button does */
    public JournalPane(JournalViewModel journal, ChangesViewModel changes, Runnable undoLast, ResourceBundle strings) {
        this.journal = journal;
        this.changes = changes;
        this.undoLast = undoLast;
        this.strings = strings;
    }

    /** "read", or "read 12×" for identical entries folded into one. */
    private String kindText(JournalEntry e) {
        String kind = label("journal.kind." + e.kind());
        return e.count() == 1 ? kind : String.format(strings.getString("journal.folded"), kind, e.count());
    }

    @FXML
    private void initialize() {
        journalList.setItems(journal.entries());
        journalList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(JournalEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.at() + "  " + e.host() + "  [" + kindText(e) + "]  " + e.summary());
            }
        });
        journalList.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                journalText.setText(b == null ? "" : b.text()));
        journal.entries().addListener((ListChangeListener<JournalEntry>) c -> {
            int last = journal.entries().size() - 1;
            journalList.scrollTo(last);
            journalList.getSelectionModel().select(last);
        });
        LazyTab.fillOnFirstSelection(changesTab, () -> ChangesTab.load(changes, undoLast));
        changes.reload();
    }

    /** Adds a tab after the journal and the changes (the Problems tab). */
    public void addTab(Tab tab) {
        bottomTabs.getTabs().add(tab);
    }

    /** Brings the Changes tab to the front. */
    public void showChanges() {
        bottomTabs.getSelectionModel().select(changesTab);
    }

    private String label(String key) {
        return strings.containsKey(key) ? strings.getString(key) : key;
    }
}
