package io.patchbay.ops;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of the journal: a plan that was run, and how it ended.
 *
 * @param when    ISO-8601 instant (UTC) the run ended
 * @param what    one line: the plan's impact
 * @param result  VERIFIED, APPLIED (removal pending), ROLLED_BACK or FAILED
 * @param message the outcome's sentence
 * @param xml     the interface XML of the plan
 * @param steps   each step as "call flags" with its XML
 * @param undoOf  the {@code planId} of the entry this run took back (an undo), or null (also in lines
 *                written before this field existed)
 */
public record JournalEntry(String when, String planId, String host, String uri, String vm, String kind, String mac,
                           String what, String result, String message, String xml, List<JournalStep> steps,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String undoOf) {
    public JournalEntry {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The entry of {@code entries} whose plan this one took back, or null (not an undo, or not among them). */
    public JournalEntry undone(List<JournalEntry> entries) {
        if (undoOf == null) {
            return null;
        }
        for (JournalEntry e : entries) {
            if (undoOf.equals(e.planId())) {
                return e;
            }
        }
        return null;
    }

    /** An entry of a run that took nothing back. */
    public JournalEntry(String when, String planId, String host, String uri, String vm, String kind, String mac,
                        String what, String result, String message, String xml, List<JournalStep> steps) {
        this(when, planId, host, uri, vm, kind, mac, what, result, message, xml, steps, null);
    }

    /** The run took back an earlier one ({@link #undoOf()} names it). Not a JSON field. */
    @JsonIgnore
    public boolean isUndo() {
        return undoOf != null;
    }

    /**
     * One step as it was planned.
     *
     * @param previous for an update: the interface as it was before (what an undo sends back); else
     *                 null (also in lines written before this field existed)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JournalStep(String call, int flags, String xml, String previous) {
        /** A step without a previous interface (attach, detach). */
        public JournalStep(String call, int flags, String xml) {
            this(call, flags, xml, null);
        }
    }
}
