package io.patchbay.ui.problems;

import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The problems of every host of the console, computed again (off the FX thread) whenever a
 * host's snapshot changes: a refresh, a libvirt event, an applied change. Only the newest
 * computation is shown.
 */
public final class ProblemsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemsViewModel.class);
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private List<HostTopology> lastConnected = List.of();
    private List<HostTopology> lastOthers = List.of();
    private long generation;

    /** @param locale the language of the sentences (the UI's) */
    public ProblemsViewModel(BackgroundTasks tasks, Locale locale) {
        this.tasks = tasks;
        this.locale = locale;
    }

    /** The problems, errors first (FX thread). */
    public ObservableList<ProblemRow> rows() {
        return rows;
    }

    /** How many problems there are (the tab's title). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /**
     * The hosts' snapshots changed: {@code connected} are checked together (duplicate MACs across
     * them), {@code others} (disconnected, their last picture) each alone. The same snapshots
     * as last time are not checked again.
     */
    public void update(List<HostTopology> connected, List<HostTopology> others) {
        if (sameSnapshots(connected, lastConnected) && sameSnapshots(others, lastOthers)) {
            return;
        }
        lastConnected = List.copyOf(connected);
        lastOthers = List.copyOf(others);
        long gen = ++generation;
        List<HostTopology> c = lastConnected;
        List<HostTopology> o = lastOthers;
        tasks.run(() -> ProblemRows.of(c, o, locale), result -> {
            if (gen == generation) {
                rows.setAll(result);
                count.set(result.size());
            }
        }, err -> LOG.error("the problems could not be computed; the pane keeps the previous ones", err));
    }

    /** The same snapshot objects in the same order (a snapshot is immutable: identity is enough and cheap). */
    private static boolean sameSnapshots(List<HostTopology> a, List<HostTopology> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
