package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.ops.Outcome;

/** The command line's exit codes (docs/CLI.md "Exit codes"): what each failure reason ends a command with. */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static int of(Reason reason) {
        return switch (reason) {
            case BAD_INPUT -> 2;
            case NOT_FOUND -> 3;
            case HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, MAC_IN_USE, POOL_EXHAUSTED, REFUSED -> 4;
            case REMOTE_FAILED -> 5;
            case OTHER -> 1;
        };
    }

    public static int of(PatchbayException e) {
        return of(e.reason());
    }

    /** 0 verified, 1 removal pending (or no reason given), else the failure's. */
    public static int of(Outcome o) {
        if (o.ok()) {
            return 0;
        }
        return o.removalPending() || o.reason() == null ? 1 : of(o.reason());
    }
}
