package io.patchbay.ops;

import java.util.EnumSet;
import java.util.Set;

/** Where a plan is in its life: planned, then applying, applied, verified; or failed / rolled back. */
public enum PlanState {
    PLANNED, APPLYING, APPLIED, VERIFIED, FAILED, ROLLED_BACK;

    /** The states this one may move to. */
    public Set<PlanState> next() {
        switch (this) {
            case PLANNED:
                return EnumSet.of(APPLYING);
            case APPLYING:
                return EnumSet.of(APPLIED, FAILED);
            case APPLIED:
                return EnumSet.of(VERIFIED, FAILED);
            case FAILED:
                return EnumSet.of(ROLLED_BACK);
            default:
                return EnumSet.noneOf(PlanState.class);
        }
    }
}
