package io.patchbay.ops;

import io.patchbay.core.PatchbayException;

/**
 * A {@code --live} change the running VM cannot take ({@link #limit()} says why); the persistent
 * definition still can ({@code --config}, or neither flag).
 */
public final class LiveChangeRefused extends PatchbayException {
    private static final long serialVersionUID = 1L;

    private final transient LiveLimit limit;
    private final String why;

    public LiveChangeRefused(LiveLimit limit, String message) {
        super(Reason.REFUSED, message);
        this.limit = limit;
        this.why = message;
    }

    /** Refused because {@code why}; the message adds {@code option}, what the CLI can do instead. */
    public LiveChangeRefused(LiveLimit limit, String why, String option) {
        super(Reason.REFUSED, why + "; " + option);
        this.limit = limit;
        this.why = why;
    }

    /** Why the running VM cannot take it, without the CLI's option (the console offers its own). */
    public String why() {
        return why;
    }

    public LiveLimit limit() {
        return limit;
    }

    /** The persistent definition can take the change instead (config only). */
    public boolean configOnlyPossible() {
        return limit == LiveLimit.VLAN_NEEDS_OVS || limit == LiveLimit.NO_FREE_SLOT;
    }
}
