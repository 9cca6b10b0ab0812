package io.patchbay.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.TestCaptures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A capture with one of each problem a capture can show yields exactly those problems. */
class ProblemCaptureTest {
    private static HostTopology host() throws Exception {
        return new CaptureSource("problem-host", List.of(TestCaptures.path("problems"))).refresh();
    }

    @Test
    void eachProblemOfTheCaptureIsFoundAndNothingElse() throws Exception {
        List<Problem> ps = Problems.of(host());
        assertThat(ps).extracting(Problem::finding, Problem::severity, Problem::subjects).containsExactlyInAnyOrder(
                tuple(Finding.MTU_PORT_BELOW_BRIDGE, Severity.ERROR, List.of("vnet0", "brjumbo")),
                tuple(Finding.BRIDGE_WITHOUT_CARRIER, Severity.ERROR, List.of("brjumbo", "eth2")),
                tuple(Finding.BOND_MEMBER_DOWN, Severity.WARNING, List.of("bond0", "eth1")),
                tuple(Finding.MISSING_BRIDGE_STOPPED, Severity.WARNING, List.of("vm-c", "52:54:00:aa:00:02")),
                tuple(Finding.DUPLICATE_MAC_ON_HOST, Severity.WARNING, List.of("52:54:00:aa:00:02", "vm-b", "vm-c")));
    }

    @Test
    void errorsComeFirstAndEachHasItsSentence() throws Exception {
        List<Problem> ps = Problems.of(host());
        assertThat(ps.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(ps.get(1).severity()).isEqualTo(Severity.ERROR);
        Problem mtu = ps.stream().filter(p -> p.kind() == ProblemKind.MTU_MISMATCH).findFirst().orElseThrow();
        assertThat(ProblemText.english(mtu)).isEqualTo(
                "vnet0 has MTU 1500, below the 9000 that bridge brjumbo carries: frames larger than 1500 bytes are dropped on vnet0.");
        assertThat(ProblemText.of(mtu, Locale.JAPANESE)).contains("vnet0", "brjumbo", "9000").doesNotContain("{");
        Problem missing = ps.stream().filter(p -> p.kind() == ProblemKind.MISSING_BRIDGE).findFirst().orElseThrow();
        assertThat(ProblemText.english(missing)).isEqualTo("VM vm-c's vNIC 52:54:00:aa:00:02 is defined on bridge "
                + "br-gone, which this host does not have: the VM will not start.");
    }

    @Test
    void everyFindingHasASentenceInEnglishAndJapanese() {
        for (Finding f : Finding.values()) {
            Problem p = new Problem(f, Severity.WARNING, List.of("a"), List.of("a0", "a1", "a2", "a3"));
            assertThat(ProblemText.english(p)).as(f.name()).contains("a0").doesNotContain("{");
            assertThat(ProblemText.of(p, Locale.JAPANESE)).as(f.name()).contains("a0").doesNotContain("{")
                    .isNotEqualTo(ProblemText.english(p));
        }
    }
}
