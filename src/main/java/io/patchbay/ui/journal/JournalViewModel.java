package io.patchbay.ui.journal;

import java.time.Clock;
import java.time.LocalTime;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every command and XML the console ran, newest last. Written on the FX thread. An entry the same
 * as the host's previous one (a periodic refresh) is folded into it: one line with a count and the
 * latest time, moved to the end, as long as nothing else of that host came in between.
 */
public final class JournalViewModel {
    private static final int KEEP = 2000;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final Clock clock;

    public JournalViewModel() {
        this(Clock.systemDefaultZone());
    }

    JournalViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    public void add(String host, String kind, String text) {
        LocalTime now = LocalTime.now(clock).withNano(0);
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            if (e.host().equals(host)) {
                if (e.same(host, kind, text)) {
                    entries.remove(i);
                    entries.add(e.again(now));
                    return;
                }
                break;
            }
        }
        entries.add(new JournalEntry(now, host, kind, text));
        if (entries.size() > KEEP) {
            entries.remove(0, entries.size() - KEEP);
        }
    }
}
