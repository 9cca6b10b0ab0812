package io.patchbay.ui.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ops.JournalEntry;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReversalTest {
    private static final String ON_BR0 = "<interface type='bridge'><mac address='" + Graphs.MAC
            + "'/><source bridge='br0'/><model type='e1000e'/></interface>";
    private static final String ON_BR1 = ON_BR0.replace("br0", "br1");

    private static JournalEntry entry(String kind, String result, String xml, JournalEntry.JournalStep... steps) {
        return new JournalEntry("2026-11-29T20:00:00Z", "p1", "h1", "qemu:///system", "web1", kind, Graphs.MAC,
                kind + " something", result, "done", xml, List.of(steps));
    }

    @Test
    void aMoveGoesBackToTheBridgeItLeft() {
        JournalEntry e = entry("move", "VERIFIED", ON_BR1,
                new JournalEntry.JournalStep("updateDeviceFlags", 1, ON_BR1, ON_BR0),
                new JournalEntry.JournalStep("updateDeviceFlags", 2, ON_BR1, ON_BR0));
        assertThat(Reversal.of(e).intent()).isEqualTo(new VnicIntent.Move("web1", Graphs.MAC, "br0", new ScopeRequest(true, true)));
    }

    @Test
    void addRemoveAndLinkAreReversed() {
        assertThat(Reversal.of(entry("add", "VERIFIED", ON_BR0, new JournalEntry.JournalStep("attachDeviceFlags", 1, ON_BR0)))
                .intent()).isEqualTo(new VnicIntent.Remove("web1", Graphs.MAC, new ScopeRequest(true, false), Planner.DEFAULT_WAIT));
        assertThat(Reversal.of(entry("remove", "VERIFIED", ON_BR0, new JournalEntry.JournalStep("detachDeviceFlags", 2, ON_BR0)))
                .intent()).isEqualTo(new VnicIntent.Add("web1", "bridge", "br0", Graphs.MAC, null, "e1000e",
                new ScopeRequest(false, true)));
        String down = ON_BR0.replace("</interface>", "<link state='down'/></interface>");
        assertThat(Reversal.of(entry("link", "VERIFIED", down, new JournalEntry.JournalStep("updateDeviceFlags", 3, down, ON_BR0)))
                .intent()).isEqualTo(new VnicIntent.Link("web1", Graphs.MAC, true, new ScopeRequest(true, true)));
    }

    @Test
    void whatCannotBeUndoneSaysWhy() {
        assertThat(Reversal.of(entry("move", "ROLLED_BACK", ON_BR1)).refusal().key()).isEqualTo("undo.notApplied");
        assertThat(Reversal.of(entry("move", "VERIFIED", ON_BR1,
                new JournalEntry.JournalStep("updateDeviceFlags", 1, ON_BR1))).refusal().key()).isEqualTo("undo.noPrevious");
        assertThat(Reversal.of(entry("move", "VERIFIED", ON_BR1,
                new JournalEntry.JournalStep("updateDeviceFlags", 1, ON_BR1, "<interface type='network'><source network='n1'/></interface>")))
                .refusal()).isEqualTo(Message.of("undo.fromNetwork", Graphs.MAC, "network n1"));
        assertThat(Reversal.of(entry("move", "VERIFIED", ON_BR1,
                new JournalEntry.JournalStep("updateDeviceFlags", 1, ON_BR1, "<interface"))).refusal().key())
                .isEqualTo("undo.unreadable");
    }
}
