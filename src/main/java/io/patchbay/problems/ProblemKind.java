package io.patchbay.problems;

import java.util.Locale;

/** What is wrong on a host; the lower-case, dashed names are the JSON contract (docs/CLI.md host.problems). */
public enum ProblemKind {
    MTU_MISMATCH, BOND_DEGRADED, NO_CARRIER, MISSING_BRIDGE, DUPLICATE_MAC, DRIFT, ORPHAN_TAP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
