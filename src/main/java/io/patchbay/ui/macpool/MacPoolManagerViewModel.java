package io.patchbay.ui.macpool;

import io.patchbay.ui.common.SentenceText;
import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPools;
import io.patchbay.mac.MacRange;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The MAC pool manager: the pools with their usage, the MACs used twice across the connected
 * hosts, and a form for a new pool (name and ranges, checked on every change by the mac
 * package's own rules, and against the pools last read). Reading and adding run off the FX thread.
 */
public final class MacPoolManagerViewModel {
    /** The last change made: a bundle key ({@code macpool.added}, {@code macpool.changed}) and the pool. */
    public record Done(String key, String pool) {
    }

    /** What is wrong with the new pool: one sentence (from the mac package) or a bundle key. */
    public record Problem(String key, String sentence) {
    }

    private final MacPoolSource source;
    private final BackgroundTasks tasks;
    private final ObservableList<PoolRow> pools = FXCollections.observableArrayList();
    private final ObservableList<DuplicateRow> duplicates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper macsInUse = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newRanges = new SimpleStringProperty("");
    /** Every pool as last read: a new one is checked against them by {@link MacPools#add}. */
    private List<MacPool> existing = List.of();
    private final ObjectBinding<Problem> problem;
    private final ObjectProperty<PoolRow> selected = new SimpleObjectProperty<>();
    private final ObjectBinding<Problem> rangeProblem;

    public MacPoolManagerViewModel(MacPoolSource source, BackgroundTasks tasks) {
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        problem = Bindings.createObjectBinding(this::check, newName, newRanges, pools);
        rangeProblem = Bindings.createObjectBinding(this::checkRanges, selected, newRanges, pools);
    }

    /** Reads the pools and the hosts again (background). */
    public void refresh() {
        busy.set(true);
        tasks.run(source::read, r -> {
            existing = r.asRead();
            String keep = selected.get() == null ? null : selected.get().name();
            pools.setAll(r.pools());
            selected.set(r.pools().stream().filter(p -> p.name().equals(keep)).findFirst().orElse(null));
            duplicates.setAll(r.duplicates());
            macsInUse.set(r.macsInUse());
            error.set(null);
            read.set(true);
            busy.set(false);
        }, e -> {
            error.set(message(e));
            busy.set(false);
        });
    }

    /** The ranges typed, split on commas, spaces and new lines. */
    private List<String> rangeTexts() {
        List<String> out = new ArrayList<>();
        for (String s : (newRanges.get() == null ? "" : newRanges.get()).split("[,\\s]+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private Problem check() {
        String name = newName.get() == null ? "" : newName.get().strip();
        if (name.isEmpty()) {
            return new Problem("macpool.problem.noName", null);
        }
        List<String> texts = rangeTexts();
        if (texts.isEmpty()) {
            return new Problem("macpool.problem.noRange", null);
        }
        try {
            List<MacRange> ranges = new ArrayList<>();
            for (String t : texts) {
                ranges.add(MacRange.parse(t));
            }
            // the store's own rules: the name, overlaps inside the pool and with every other pool
            MacPools probe = new MacPools();
            for (MacPool p : existing) {
                probe.add(p);
            }
            probe.add(new MacPool(name, ranges, false));
        } catch (PatchbayException e) {
            return new Problem(null, SentenceText.of(e.sentence()));
        }
        return null;
    }

    /** What is wrong with adding the typed ranges to the selected pool, or null. */
    private Problem checkRanges() {
        PoolRow p = selected.get();
        if (p == null) {
            return new Problem("macpool.problem.noSelection", null);
        }
        List<String> texts = rangeTexts();
        if (texts.isEmpty()) {
            return new Problem("macpool.problem.noRange", null);
        }
        try {
            MacPools probe = new MacPools();
            for (MacPool e : existing) {
                probe.add(e);
            }
            for (String t : texts) {
                probe.addRange(p.name(), MacRange.parse(t)); // the store's rules, on a copy
            }
        } catch (PatchbayException e) {
            return new Problem(null, SentenceText.of(e.sentence()));
        }
        return null;
    }

    /** Adds the typed ranges to the selected pool (background), then reads everything again. */
    public void addRangesToSelected() {
        if (rangeProblem.get() != null || busy.get()) {
            return;
        }
        String pool = selected.get().name();
        List<String> texts = rangeTexts();
        change(() -> {
            List<MacRange> ranges = new ArrayList<>();
            for (String t : texts) {
                ranges.add(MacRange.parse(t));
            }
            source.addRanges(pool, ranges);
            return pool;
        });
    }

    /** Removes one range of the selected pool (background); the store refuses it while it holds MACs. */
    public void removeRange(String range) {
        PoolRow p = selected.get();
        if (p == null || busy.get()) {
            return;
        }
        change(() -> {
            source.removeRange(p.name(), MacRange.parse(range));
            return p.name();
        });
    }

    private void change(BackgroundTasks.Work<String> work) {
        busy.set(true);
        tasks.run(work, n -> {
            done.set(new Done("macpool.changed", n));
            newRanges.set("");
            busy.set(false);
            refresh();
        }, e -> {
            error.set(message(e));
            busy.set(false);
        });
    }

    /** The pool chosen in the table (ranges are added to and removed from it). */
    public ObjectProperty<PoolRow> selectedProperty() {
        return selected;
    }

    public ObjectBinding<Problem> rangeProblemProperty() {
        return rangeProblem;
    }

    /** Adds the pool of the form (background), then reads everything again. */
    public void addPool() {
        if (problem.get() != null || busy.get()) {
            return;
        }
        String name = newName.get().strip();
        List<String> texts = rangeTexts();
        busy.set(true);
        tasks.run(() -> {
            List<MacRange> ranges = new ArrayList<>();
            for (String t : texts) {
                ranges.add(MacRange.parse(t));
            }
            source.add(new MacPool(name, ranges, false));
            return name;
        }, n -> {
            done.set(new Done("macpool.added", n));
            newName.set("");
            newRanges.set("");
            busy.set(false);
            refresh();
        }, e -> {
            error.set(message(e));
            busy.set(false);
        });
    }

    static String message(Exception e) {
        return SentenceText.error(e);
    }

    public ObservableList<PoolRow> pools() {
        return pools;
    }

    public ObservableList<DuplicateRow> duplicates() {
        return duplicates;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once a reading has come back. */
    public ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    /** How many distinct MACs are in use on the hosts. */
    public ReadOnlyIntegerProperty macsInUseProperty() {
        return macsInUse.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last change made, or null. */
    public ReadOnlyObjectProperty<Done> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newRangesProperty() {
        return newRanges;
    }

    public ObjectBinding<Problem> problemProperty() {
        return problem;
    }
}
