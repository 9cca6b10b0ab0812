package io.patchbay.ops;

import io.patchbay.discovery.DiscoveryException.Reason;
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
 */
public record Outcome(PlanState state, String message, Reason reason, boolean removalPending, List<String> left,
                      String tap, String pci, List<String> events) {
    public Outcome {
        left = List.copyOf(left);
        events = List.copyOf(events);
    }

    public boolean ok() {
        return state == PlanState.VERIFIED;
    }

    /** CLI exit code: 0 verified, 1 removal pending, else the failure's. */
    public int exitCode() {
        if (ok()) {
            return 0;
        }
        return removalPending ? 1 : reason == null ? 1 : reason.exitCode();
    }
}
