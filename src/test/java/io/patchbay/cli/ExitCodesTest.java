package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.PlanState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/CLI.md "Exit codes": every reason ends a command with its code. */
class ExitCodesTest {
    private static final Map<Reason, Integer> DOCUMENTED = new EnumMap<>(Map.of(
            Reason.BAD_INPUT, 2,
            Reason.NOT_FOUND, 3,
            Reason.HOST_KEY_UNKNOWN, 4,
            Reason.HOST_KEY_CHANGED, 4,
            Reason.MAC_IN_USE, 4,
            Reason.POOL_EXHAUSTED, 4,
            Reason.REFUSED, 4,
            Reason.REMOTE_FAILED, 5,
            Reason.OTHER, 1));

    @Test
    void everyReasonHasTheDocumentedExitCode() {
        assertThat(DOCUMENTED.keySet()).containsExactlyInAnyOrder(Reason.values());
        for (Reason r : Reason.values()) {
            assertThat(ExitCodes.of(r)).as(r.name()).isEqualTo(DOCUMENTED.get(r));
            assertThat(ExitCodes.of(new PatchbayException(r, "x"))).as(r.name()).isEqualTo(DOCUMENTED.get(r));
        }
    }

    @Test
    void anOutcomeIsZeroWhenVerifiedOneWhenRemovalIsPendingElseItsReasons() {
        assertThat(ExitCodes.of(outcome(PlanState.VERIFIED, null, false))).isZero();
        assertThat(ExitCodes.of(outcome(PlanState.FAILED, Reason.REMOTE_FAILED, true))).isEqualTo(1);
        assertThat(ExitCodes.of(outcome(PlanState.FAILED, null, false))).isEqualTo(1);
        assertThat(ExitCodes.of(outcome(PlanState.ROLLED_BACK, Reason.NOT_FOUND, false))).isEqualTo(3);
        assertThat(ExitCodes.of(outcome(PlanState.FAILED, Reason.REMOTE_FAILED, false))).isEqualTo(5);
    }

    private static Outcome outcome(PlanState state, Reason reason, boolean pending) {
        return new Outcome(state, "m", reason, pending, List.of(), null, null, List.of());
    }
}
