package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;

/**
 * A {@code --live} change the running VM cannot take ({@link #limit()} says why); the persistent
 * definition still can ({@code --config}, or neither flag).
 */
public final class LiveChangeRefused extends PatchbayException {
    private static final long serialVersionUID = 1L;

    private final transient LiveLimit limit;

    public LiveChangeRefused(LiveLimit limit, Sentence sentence) {
        super(Reason.REFUSED, sentence);
        this.limit = limit;
    }

    public LiveLimit limit() {
        return limit;
    }

    /** The persistent definition can take the change instead (config only). */
    public boolean configOnlyPossible() {
        return limit == LiveLimit.VLAN_NEEDS_OVS;
    }
}
