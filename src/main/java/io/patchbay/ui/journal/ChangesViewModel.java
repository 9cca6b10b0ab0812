package io.patchbay.ui.journal;

import io.patchbay.core.PatchbayException;
import io.patchbay.ui.common.SentenceText;
import io.patchbay.ops.Journal;
import io.patchbay.ops.JournalEntry;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.xml.PrettyXml;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every vNIC change: the journal file of the console home (every console and CLI run that wrote it)
 * plus this session's changes whose journal line could not be written. Newest last. Read off the FX
 * thread. The last verified change is the one Undo takes back.
 */
public final class ChangesViewModel {
    private final BackgroundTasks tasks;
    private final Supplier<Journal> journal;
    private final ObservableList<JournalEntry> changes = FXCollections.observableArrayList();
    private final List<JournalEntry> unjournaled = new ArrayList<>();
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();
    private Runnable afterLoad = () -> { };

    /** @param journal the journal of the console home (asked at each read: the home may be set later) */
    public ChangesViewModel(BackgroundTasks tasks, Supplier<Journal> journal) {
        this.tasks = tasks;
        this.journal = journal;
    }

    public ObservableList<JournalEntry> changes() {
        return changes;
    }

    /** Why the journal could not be read (or some of its lines), or null. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Journal journal() {
        return journal.get();
    }

    /** Reads the journal again in the background. */
    public void reload() {
        // the journal is made off the FX thread too: its first use initialises Jackson (~0.1 s at start)
        tasks.run(() -> journal.get().read(), c -> {
            List<JournalEntry> all = new ArrayList<>(c.entries());
            all.addAll(unjournaled);
            changes.setAll(all);
            problem.set(c.problems().isEmpty() ? null : String.join("\n", c.problems()));
            Runnable r = afterLoad;
            afterLoad = () -> { };
            r.run();
        }, err -> problem.set(err instanceof PatchbayException p ? SentenceText.of(p.sentence()) : err.getMessage()));
    }

    /** Runs once after the next reload landed (tests). */
    public void afterNextLoad(Runnable r) {
        afterLoad = r;
    }

    /** A change of this session that the journal file does not have (it could not be written). */
    public void addUnjournaled(JournalEntry e) {
        unjournaled.add(e);
        changes.add(e);
    }

    /** The newest verified change (what Undo takes back), or null. */
    public JournalEntry lastUndoable() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            if ("VERIFIED".equals(changes.get(i).result())) {
                return changes.get(i);
            }
        }
        return null;
    }

    /**
     * The change column of one entry: its kind ("move"), or for an undo what it took back ("undo of
     * move"), found by the plan id the entry records among {@code all}.
     */
    public static String kindText(JournalEntry e, List<JournalEntry> all, ResourceBundle strings) {
        if (!e.isUndo()) {
            return e.kind();
        }
        JournalEntry undone = e.undone(all);
        return undone == null ? strings.getString("changes.kind.undo")
                : String.format(strings.getString("changes.kind.undoOf"), undone.kind());
    }

    /** The details of one change, as the view shows them (labels from {@code strings}). */
    public static String details(JournalEntry e, ResourceBundle strings) {
        StringBuilder b = new StringBuilder();
        b.append(e.what()).append('\n');
        if (e.isUndo()) {
            b.append(String.format(strings.getString("changes.detail.undoOf"), e.undoOf())).append('\n');
        }
        b.append(String.format(strings.getString("changes.detail.when"), e.when())).append('\n');
        b.append(String.format(strings.getString("changes.detail.host"), e.host(), e.uri())).append('\n');
        b.append(String.format(strings.getString("changes.detail.vnic"), e.vm(), e.mac(), e.kind())).append('\n');
        b.append(String.format(strings.getString("changes.detail.result"), e.result(), e.message())).append("\n\n");
        b.append(strings.getString("changes.detail.xml")).append('\n').append(e.xml() == null ? "" : PrettyXml.of(e.xml()));
        b.append("\n\n").append(strings.getString("changes.detail.steps")).append('\n');
        int i = 1;
        for (JournalEntry.JournalStep s : e.steps()) {
            b.append(i++).append(". ").append(s.call()).append(" flags=").append(s.flags()).append('\n');
            b.append(indent(s.xml())).append('\n');
            if (s.previous() != null) {
                b.append("   ").append(strings.getString("changes.detail.was")).append('\n').append(indent(s.previous())).append('\n');
            }
        }
        return b.toString();
    }

    private static String indent(String xml) {
        return xml == null ? "" : PrettyXml.of(xml).replaceAll("(?m)^", "   ");
    }
}
