package io.patchbay.ui.change;

import io.patchbay.ui.hosts.HostsViewModel;
import io.patchbay.ui.journal.ChangesViewModel;
import io.patchbay.ui.journal.JournalViewModel;
import java.util.Objects;

/**
 * Where the end of a change goes: its plan, steps and outcome to the console's journal, the list of
 * changes read again (or told of a change the journal file could not take), its host read again.
 */
public record AfterChange(JournalViewModel journal, ChangesViewModel changes, HostsViewModel hosts) {
    public AfterChange {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(hosts, "hosts");
    }
}
