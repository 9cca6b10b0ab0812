package io.patchbay.problems;

/**
 * The one sentence a problem is told in: each finding belongs to a {@link ProblemKind} and has its
 * sentence under {@link #key()} in the {@code messages} bundle of this package, with the
 * problem's {@link Problem#args()} as its arguments.
 */
public enum Finding {
    /** args: port, port MTU, bridge, the MTU the bridge carries (its own or its largest port's) */
    MTU_PORT_BELOW_BRIDGE(ProblemKind.MTU_MISMATCH),
    /** args: device, its MTU, lower device, lower MTU */
    MTU_ABOVE_LOWER(ProblemKind.MTU_MISMATCH),
    /** args: member, member MTU, bond, bond MTU */
    MTU_BOND_MEMBER(ProblemKind.MTU_MISMATCH),
    /** args: bond, member */
    BOND_MEMBER_DOWN(ProblemKind.BOND_DEGRADED),
    /** args: bond */
    BOND_ALL_MEMBERS_DOWN(ProblemKind.BOND_DEGRADED),
    /** args: bond, member, member's aggregator, active aggregator */
    BOND_OUTSIDE_AGGREGATOR(ProblemKind.BOND_DEGRADED),
    /** args: bridge, its physical ports joined by ", " */
    BRIDGE_WITHOUT_CARRIER(ProblemKind.NO_CARRIER),
    /** args: VM, MAC, bridge */
    MISSING_BRIDGE_RUNNING(ProblemKind.MISSING_BRIDGE),
    /** args: VM, MAC, bridge */
    MISSING_BRIDGE_STOPPED(ProblemKind.MISSING_BRIDGE),
    /** args: MAC, the places joined by ", " */
    DUPLICATE_MAC_ON_HOST(ProblemKind.DUPLICATE_MAC),
    /** args: MAC, the places joined by ", " */
    DUPLICATE_MAC_ACROSS_HOSTS(ProblemKind.DUPLICATE_MAC),
    /** args: VM, MAC */
    DRIFT_LIVE_ONLY(ProblemKind.DRIFT),
    /** args: VM, MAC */
    DRIFT_CONFIG_ONLY(ProblemKind.DRIFT),
    /** args: VM, MAC, the differing facts ("source: live br1, persistent br0; ...") */
    DRIFT_FIELDS(ProblemKind.DRIFT),
    /** args: tap, bridge */
    ORPHAN_TAP(ProblemKind.ORPHAN_TAP);

    private final ProblemKind kind;

    Finding(ProblemKind kind) {
        this.kind = kind;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The bundle key of the sentence. */
    public String key() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
