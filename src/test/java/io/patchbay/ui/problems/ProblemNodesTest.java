package io.patchbay.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.HostTopology;
import io.patchbay.problems.Finding;
import io.patchbay.problems.Problem;
import io.patchbay.problems.Problems;
import io.patchbay.problems.Severity;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.topology.NodeBadge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A problem's subjects as graph nodes, and the badges they get, on the problems capture. */
class ProblemNodesTest {
    private static final String H = "problem-host";
    private static HostTopology host;

    @BeforeAll
    static void read() throws Exception {
        host = new CaptureSource(H, List.of(TestCaptures.path("problems"))).refresh();
    }

    private static Map<String, GraphSubject> subjects(Set<String> collapsed) {
        return TopologyGraph.of(List.of(host), collapsed).subjects();
    }

    private static Problem problem(Finding f) {
        return Problems.of(host).stream().filter(p -> p.finding() == f).findFirst().orElseThrow();
    }

    @Test
    void devicesVmsAndMacsBecomeTheirNodesInTheSubjectsOrder() {
        Map<String, GraphSubject> s = subjects(Set.of());
        assertThat(ProblemNodes.of(s, H, problem(Finding.MTU_PORT_BELOW_BRIDGE)))
                .containsExactly(H + "/vnet0", H + "/brjumbo");
        // the stopped VM's vNIC is a node of its own (no tap); only vm-c's, not vm-b's with the same MAC
        assertThat(ProblemNodes.of(s, H, problem(Finding.MISSING_BRIDGE_STOPPED)))
                .containsExactly(H + "/vm:vm-c", H + "/vnic:vm-c#0");
        // the MAC first: vm-b's tap and vm-c's vNIC node, then the VMs
        assertThat(ProblemNodes.of(s, H, problem(Finding.DUPLICATE_MAC_ON_HOST)))
                .containsExactly(H + "/vnet1", H + "/vnic:vm-c#0", H + "/vm:vm-b", H + "/vm:vm-c");
    }

    @Test
    void aSubjectThePictureHidesHasNoNode() {
        Map<String, GraphSubject> folded = subjects(Set.of(TopologyGraph.deviceId(H, "brjumbo")));
        assertThat(ProblemNodes.of(folded, H, problem(Finding.MTU_PORT_BELOW_BRIDGE))).containsExactly(H + "/brjumbo");
    }

    @Test
    void eachSubjectNodeGetsItsWorstSeverityAndEverySentence() {
        ProblemsViewModel vm = new ProblemsViewModel(BackgroundTasks.inline(), Locale.ROOT);
        vm.update(List.of(host), List.of());
        Map<String, NodeBadge> badges = ProblemBadges.of(vm.rows(), subjects(Set.of()));
        assertThat(badges).containsOnlyKeys(H + "/vnet0", H + "/brjumbo", H + "/eth2", H + "/bond0", H + "/eth1",
                H + "/vm:vm-b", H + "/vm:vm-c", H + "/vnet1", H + "/vnic:vm-c#0");
        assertThat(badges.get(H + "/brjumbo").severity()).isEqualTo(Severity.ERROR);
        assertThat(badges.get(H + "/brjumbo").sentences()).hasSize(2)
                .anyMatch(x -> x.startsWith("vnet0 has MTU 1500"))
                .anyMatch(x -> x.startsWith("Bridge brjumbo has no carrier"));
        assertThat(badges.get(H + "/bond0").severity()).isEqualTo(Severity.WARNING);
        assertThat(badges.get(H + "/vnic:vm-c#0").sentences()).hasSize(2);
    }
}
