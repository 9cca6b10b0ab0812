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
    private final transient Sentence why;

    /**
     * @param sentence why, and what the CLI can do instead
     * @param why      why the running VM cannot take it, without the CLI's option (the console offers its own)
     */
    public LiveChangeRefused(LiveLimit limit, Sentence sentence, Sentence why) {
        super(Reason.REFUSED, sentence);
        this.limit = limit;
        this.why = why;
    }

    /** Refused with a sentence that has no key (it is also the why). */
    public LiveChangeRefused(LiveLimit limit, String message) {
        super(Reason.REFUSED, message);
        this.limit = limit;
        this.why = Sentence.plain(message);
    }

    /** Why the running VM cannot take it, without the CLI's option (the console offers its own). */
    public Sentence why() {
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
