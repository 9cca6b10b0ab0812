package io.patchbay.ops;

import java.util.EnumSet;
import java.util.Set;

/** Where a plan is in its life: planned, then applying, applied, verified; or failed / rolled back. */
public enum PlanState {
    PLANNED, APPLYING, APPLIED, VERIFIED, FAILED, ROLLED_BACK;

    /** The states this one may move to. */
    public Set<PlanState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(APPLYING);
            case APPLYING -> EnumSet.of(APPLIED, FAILED);
            case APPLIED -> EnumSet.of(VERIFIED, FAILED);
            case FAILED -> EnumSet.of(ROLLED_BACK);
            case VERIFIED, ROLLED_BACK -> EnumSet.noneOf(PlanState.class);
        };
    }
}
