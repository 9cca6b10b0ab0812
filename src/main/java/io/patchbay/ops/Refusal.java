package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;

/**
 * Why the planner will not plan a change, each with what happened ({@link #reason()}) and a sentence
 * ({@code refusal.NAME} in the core bundle: the command line's words with its options; the console has its own
 * words about the window under {@code core.refusal.NAME}).
 */
public enum Refusal {
    VM_NOT_FOUND(Reason.NOT_FOUND),
    NO_SUCH_VNIC(Reason.NOT_FOUND),
    VNIC_ONLY_PERSISTENT(Reason.NOT_FOUND),
    VNIC_ONLY_LIVE(Reason.NOT_FOUND),
    TRANSIENT_NOT_LIVE(Reason.BAD_INPUT),
    LIVE_ON_SHUT_OFF(Reason.BAD_INPUT),
    LIVE_UNSUPPORTED(Reason.BAD_INPUT),
    CONFIG_ON_TRANSIENT(Reason.BAD_INPUT),
    NOT_A_MAC(Reason.BAD_INPUT),
    MULTICAST_MAC(Reason.BAD_INPUT),
    ZERO_MAC(Reason.BAD_INPUT),
    TAP_MAC(Reason.BAD_INPUT),
    UNKNOWN_MODEL(Reason.BAD_INPUT),
    BAD_SOURCE_TYPE(Reason.BAD_INPUT),
    MAC_IN_USE(Reason.MAC_IN_USE),
    NETWORK_NOT_FOUND(Reason.NOT_FOUND),
    VLAN_NEEDS_OVS_BRIDGE(Reason.BAD_INPUT),
    PORTGROUP_NEEDS_NETWORK(Reason.BAD_INPUT),
    NOT_MOVABLE_TYPE(Reason.BAD_INPUT),
    ALREADY_ON_BRIDGE(Reason.BAD_INPUT),
    NO_BRIDGE_GIVEN(Reason.BAD_INPUT),
    BRIDGE_NOT_FOUND(Reason.NOT_FOUND),
    NO_VLAN_TYPE(Reason.BAD_INPUT),
    /** A live VLAN change on a Linux bridge when only live was asked: the persistent definition could take it. */
    LIVE_VLAN_CONFIG_ONLY(Reason.REFUSED),
    /** A live VLAN change on a Linux bridge when live and persistent were asked explicitly. */
    LIVE_VLAN_NOT_BOTH(Reason.REFUSED),
    NEEDS_MAC_OR_POOL(Reason.BAD_INPUT),
    NO_POOLS(Reason.BAD_INPUT);

    private final Reason reason;

    Refusal(Reason reason) {
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The key of its sentence in the core bundle. */
    public String key() {
        return "refusal." + name();
    }

    public Sentence sentence(Object... args) {
        return Sentence.of(key(), args);
    }

    /** The planner's exception saying it. */
    public PatchbayException of(Object... args) {
        return new PatchbayException(reason, sentence(args));
    }
}
