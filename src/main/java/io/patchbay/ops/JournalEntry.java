package io.patchbay.ops;

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
 */
public record JournalEntry(String when, String planId, String host, String uri, String vm, String kind, String mac,
                           String what, String result, String message, String xml, List<JournalStep> steps) {
    public JournalEntry {
        steps = steps == null ? List.of() : List.copyOf(steps);
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
