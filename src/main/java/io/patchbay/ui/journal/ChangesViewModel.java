package io.patchbay.ui.journal;

import io.patchbay.ops.Journal;
import io.patchbay.ops.JournalEntry;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
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
        Journal j = journal.get();
        tasks.run(j::read, c -> {
            List<JournalEntry> all = new ArrayList<>(c.entries());
            all.addAll(unjournaled);
            changes.setAll(all);
            problem.set(c.problems().isEmpty() ? null : String.join("\n", c.problems()));
            Runnable r = afterLoad;
            afterLoad = () -> { };
            r.run();
        }, err -> problem.set(err.getMessage()));
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

    /** The details of one change, as the view shows them. */
    public static String details(JournalEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.what()).append('\n');
        b.append("when: ").append(e.when()).append('\n');
        b.append("host: ").append(e.host()).append(" (").append(e.uri()).append(")\n");
        b.append("VM: ").append(e.vm()).append("   MAC: ").append(e.mac()).append("   kind: ").append(e.kind()).append('\n');
        b.append("result: ").append(e.result()).append(" \u2014 ").append(e.message()).append("\n\n");
        b.append("device XML:\n").append(e.xml() == null ? "" : e.xml().strip()).append("\n\nsteps:\n");
        int i = 1;
        for (JournalEntry.JournalStep s : e.steps()) {
            b.append(i++).append(". ").append(s.call()).append(" flags=").append(s.flags()).append('\n');
            b.append(indent(s.xml())).append('\n');
            if (s.previous() != null) {
                b.append("   was:\n").append(indent(s.previous())).append('\n');
            }
        }
        return b.toString();
    }

    private static String indent(String xml) {
        return xml == null ? "" : xml.strip().replaceAll("(?m)^", "   ");
    }
}
