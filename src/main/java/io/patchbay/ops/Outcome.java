package io.patchbay.ops;

import io.patchbay.core.PatchbayException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * How a plan ended.
 *
 * @param state          VERIFIED; APPLIED only for "removal pending"; ROLLED_BACK or FAILED otherwise
 * @param message        one sentence for the user: what was done, or what failed and what was undone
 * @param reason         for a failure, the CLI exit reason; null when it succeeded
 * @param removalPending a live remove the guest has not acknowledged within the bound
 * @param left           for a failure that could not be fully undone: what is left applied (else empty)
 * @param tap            the vNIC's tap after the plan (live), when known
 * @param pci            the vNIC's PCI address after the plan (live, else config), when known
 * @param journalProblem why the outcome could not be written to the journal, or null when it was
 *                       (the change itself is still what {@code state} says)
 */
public record Outcome(PlanState state, String message, Reason reason, boolean removalPending, List<String> left,
                      String tap, String pci, List<String> events, String journalProblem) {
    public Outcome {
        left = List.copyOf(left);
        events = List.copyOf(events);
    }

    /** An outcome not (yet) journaled. */
    public Outcome(PlanState state, String message, Reason reason, boolean removalPending, List<String> left,
                   String tap, String pci, List<String> events) {
        this(state, message, reason, removalPending, left, tap, pci, events, null);
    }

    /** This outcome, with the message also saying that the journal could not be written, and why. */
    public Outcome withJournalProblem(String problem) {
        List<String> more = new ArrayList<>(events);
        more.add("journal not written: " + problem);
        return new Outcome(state, message + "; the journal could not be written (" + problem + ")", reason,
                removalPending, left, tap, pci, more, problem);
    }

    public boolean ok() {
        return state == PlanState.VERIFIED;
    }
}
