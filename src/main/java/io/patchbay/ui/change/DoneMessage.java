package io.patchbay.ui.change;

import io.patchbay.ops.Expectation;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;

/**
 * The short sentence that says what a verified change did ("Moved vnet3 of pbguest2 to pbbr1 —
 * verified"), chosen by the plan's kind, never by the text of a message; an undo says so first.
 * For the notification and the status bar. Plain Java.
 */
public final class DoneMessage {
    private DoneMessage() {
    }

    public static Message of(Plan plan, Outcome outcome) {
        String nic = outcome.tap() != null ? outcome.tap() : plan.mac();
        Expectation after = plan.live() != null ? plan.live() : plan.config();
        String source = after == null || after.source() == null ? "?" : after.source();
        Message done = switch (plan.kind()) {
            case MOVE, REPLUG -> Message.of("done.move", nic, plan.vm(), source);
            case ADD -> Message.of("done.add", nic, plan.vm(), source);
            case REMOVE -> Message.of("done.remove", plan.mac(), plan.vm());
            case LINK -> Message.of(after != null && "down".equals(after.link()) ? "done.linkDown" : "done.linkUp",
                    nic, plan.vm());
            case VLAN -> Message.of("done.vlan", nic, plan.vm(),
                    after == null || after.vlan() == null ? "?" : after.vlan().describe());
        };
        return plan.undoOf() == null ? done : new Message("done.undo." + done.key(), done.args());
    }
}
