package io.patchbay.ui.journal;

import java.time.LocalTime;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every command and XML the console ran, newest last. Written on the FX thread. */
public final class JournalViewModel {
    private static final int KEEP = 2000;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    public void add(String host, String kind, String text) {
        entries.add(new JournalEntry(LocalTime.now().withNano(0), host, kind, text));
        if (entries.size() > KEEP) {
            entries.remove(0, entries.size() - KEEP);
        }
    }
}
