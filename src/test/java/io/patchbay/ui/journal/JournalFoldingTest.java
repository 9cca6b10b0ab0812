package io.patchbay.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ops.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Identical refreshes fold into one journal line with a count; undo entries of the changes say what they took back. */
class JournalFoldingTest {
    @Test
    void aHostsIdenticalReadsFoldIntoOneLineUntilSomethingElseOfThatHostComes() {
        JournalViewModel j = new JournalViewModel(Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < 12; i++) {
            j.add("lab", "read", "libvirt qemu:///system");
            j.add("pblab1", "command", "ssh pblab1:\nip -j link");
        }
        assertThat(j.entries()).extracting(e -> e.host() + " " + e.kind() + " " + e.count())
                .containsExactly("lab read 12", "pblab1 command 12");
        j.add("lab", "xml", "move 52:54:00:de:0c:02");
        j.add("lab", "read", "libvirt qemu:///system");
        assertThat(j.entries()).extracting(e -> e.host() + " " + e.kind() + " " + e.count())
                .containsExactly("lab read 12", "pblab1 command 12", "lab xml 1", "lab read 1");
        j.add("lab", "read", "libvirt qemu:///system (other)");
        assertThat(j.entries()).hasSize(5);
    }

    private static JournalEntry entry(String planId, String kind, String undoOf) {
        return new JournalEntry("2026-12-08T01:00:00Z", planId, "lab", "qemu:///system", "pbguest2", kind,
                "52:54:00:de:0c:02", "what", "VERIFIED", "ok", "<interface/>", List.of(), undoOf);
    }

    @Test
    void anUndoIsListedAsTheUndoOfTheChangeItTookBack() {
        ResourceBundle en = ResourceBundle.getBundle("i18n.strings", Locale.ROOT);
        JournalEntry add = entry("p1", "add", null);
        JournalEntry undo = entry("p2", "remove", "p1");
        JournalEntry orphan = entry("p3", "move", "p-gone");
        List<JournalEntry> all = List.of(add, undo, orphan);
        assertThat(ChangesViewModel.kindText(add, all, en)).isEqualTo("add");
        assertThat(ChangesViewModel.kindText(undo, all, en)).isEqualTo("undo of add");
        assertThat(ChangesViewModel.kindText(orphan, all, en)).isEqualTo("undo");
        assertThat(ChangesViewModel.details(undo, en)).contains("Undo of the change with plan id p1.");
        assertThat(ChangesViewModel.details(add, en)).doesNotContain("Undo of");
    }
}
