package io.patchbay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.layout.GraphWalk.Direction;
import io.patchbay.testsupport.TestCaptures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arrow keys on the lab sosreport: VM -> tap -> bridge along edges, left and right in a row. */
class GraphWalkTest {
    @Test
    void upAndDownFollowTheEdgesLeftAndRightStayInTheRow() throws Exception {
        TopologyGraph g = TopologyGraph.of(List.of(new CaptureSource(null, List.of(TestCaptures.path("sosreport-lab"))).refresh()), Set.of());
        Layout l = LayeredLayout.compute(g.graph());
        assertThat(GraphWalk.step(l, "lab-kvm-01/vm:web1", Direction.UP)).contains("lab-kvm-01/vnet0");
        assertThat(GraphWalk.step(l, "lab-kvm-01/vnet0", Direction.UP)).contains("lab-kvm-01/br0");
        assertThat(GraphWalk.step(l, "lab-kvm-01/vnet0", Direction.DOWN)).contains("lab-kvm-01/vm:web1");
        NodeBox tap = l.nodes().get("lab-kvm-01/vnet0");
        String right = GraphWalk.step(l, "lab-kvm-01/vnet0", Direction.RIGHT).orElseThrow();
        NodeBox r = l.nodes().get(right);
        assertThat(r.layer()).isEqualTo(Layer.VNIC);
        assertThat(r.centerX()).isGreaterThan(tap.centerX());
        assertThat(GraphWalk.step(l, right, Direction.LEFT)).isPresent()
                .hasValueSatisfying(id -> assertThat(l.nodes().get(id).centerX()).isLessThan(r.centerX()));
        // the top row has nothing above; an unknown node goes nowhere
        String top = l.nodes().values().stream().filter(b -> b.layer() == Layer.NIC).findFirst().orElseThrow().id();
        assertThat(GraphWalk.step(l, top, Direction.UP)).isEmpty();
        assertThat(GraphWalk.step(l, "nope", Direction.UP)).isEmpty();
    }
}
