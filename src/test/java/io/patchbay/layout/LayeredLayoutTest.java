package io.patchbay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.HostTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The purpose-built layout: rows by kind, no overlaps, hosts apart, stable, few crossings. */
class LayeredLayoutTest {

    private static Layout layout(List<HostTopology> hosts, Layout previous) {
        return LayeredLayout.compute(TopologyGraph.of(hosts, Set.of()).graph(), previous);
    }

    @Test
    void everyKindHasItsRowAndNothingOverlaps() {
        Layout l = layout(List.of(GeneratedTopology.host("h1", 300)), null);
        assertThat(l.nodes()).hasSize(300);
        Map<Layer, Set<Double>> ys = l.nodes().values().stream()
                .collect(Collectors.groupingBy(NodeBox::layer, Collectors.mapping(NodeBox::centerY, Collectors.toSet())));
        assertThat(ys.keySet()).containsExactlyInAnyOrder(Layer.values());
        ys.values().forEach(s -> assertThat(s).hasSize(1));
        List<Double> rowCentres = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            rowCentres.add(ys.get(layer).iterator().next());
        }
        assertThat(rowCentres).isSorted();
        for (Layer layer : Layer.values()) {
            List<NodeBox> row = l.nodes().values().stream().filter(b -> b.layer() == layer)
                    .sorted(Comparator.comparingDouble(NodeBox::x)).toList();
            for (int i = 1; i < row.size(); i++) {
                assertThat(row.get(i).x()).as("gap after %s", row.get(i - 1).id())
                        .isGreaterThanOrEqualTo(row.get(i - 1).x() + row.get(i - 1).width());
            }
        }
    }

    @Test
    void hostsNeverShareSpace() {
        Layout l = layout(List.of(GeneratedTopology.host("a", 120), GeneratedTopology.host("b", 80)), null);
        assertThat(l.hosts()).extracting(HostFrame::host).containsExactly("a", "b");
        HostFrame a = l.hosts().get(0);
        HostFrame b = l.hosts().get(1);
        // in the grid b is right of a or below it
        assertThat(b.x() > a.x() + a.width() || b.y() > a.y() + a.height()).as("%s / %s", a, b).isTrue();
        for (NodeBox n : l.nodes().values()) {
            HostFrame f = n.host().equals("a") ? a : b;
            assertThat(n.x()).isGreaterThanOrEqualTo(f.x());
            assertThat(n.x() + n.width()).isLessThanOrEqualTo(f.x() + f.width());
        }
    }

    @Test
    void addingAVnicKeepsTheOrderOfEverythingElseAndLeavesOtherHostsAlone() {
        HostTopology a = GeneratedTopology.host("a", 400);
        HostTopology b = GeneratedTopology.host("b", 400);
        Layout before = layout(List.of(a, b), null);
        HostTopology grown = GeneratedTopology.withNewVm(b, "newvm", "vnetnew", "br3");
        Layout after = layout(List.of(a, grown), before);

        assertThat(after.nodes()).hasSize(before.nodes().size() + 2);
        for (NodeBox old : before.nodes().values()) {
            if (old.host().equals("a")) {
                assertThat(after.nodes().get(old.id())).isEqualTo(old);
            }
        }
        for (Layer layer : Layer.values()) {
            List<String> orderBefore = order(before, "b", layer);
            List<String> orderAfter = new ArrayList<>(order(after, "b", layer));
            orderAfter.retainAll(orderBefore);
            assertThat(orderAfter).as("order of %s", layer).isEqualTo(orderBefore);
        }
        // the new tap sits among br3's taps, under br3
        NodeBox tap = after.nodes().get("b/vnetnew");
        NodeBox br3 = after.nodes().get("b/br3");
        List<NodeBox> br3Taps = grown.links().stream().filter(x -> x.to().equals("br3") && x.from().startsWith("vnet"))
                .map(x -> after.nodes().get("b/" + x.from())).toList();
        double min = br3Taps.stream().mapToDouble(NodeBox::x).min().orElseThrow();
        double max = br3Taps.stream().mapToDouble(NodeBox::x).max().orElseThrow();
        assertThat(tap.x()).isBetween(min, max);
        assertThat(br3.centerX()).isBetween(min, max + tap.width());
    }

    @Test
    void aTreeOfBondsBridgesAndVmsIsDrawnWithoutCrossings() {
        Layout l = layout(List.of(GeneratedTopology.host("h", 2000, 0)), null);
        assertThat(l.nodes()).hasSize(2000);
        assertThat(Crossings.count(l)).isZero();
    }

    @Test
    void crossingsAreCountedFromNodeCentres() {
        NodeBox a = new NodeBox("a", "h", Layer.NIC, 0, 0, 10, 10);
        NodeBox b = new NodeBox("b", "h", Layer.NIC, 100, 0, 10, 10);
        NodeBox c = new NodeBox("c", "h", Layer.BOND, 0, 100, 10, 10);
        NodeBox d = new NodeBox("d", "h", Layer.BOND, 100, 100, 10, 10);
        Layout crossed = new Layout(Map.of("a", a, "b", b, "c", c, "d", d),
                List.of(new EdgeRoute("a", "d", "x", List.of()), new EdgeRoute("b", "c", "x", List.of())), List.of(), 0, 0);
        Layout straight = new Layout(Map.of("a", a, "b", b, "c", c, "d", d),
                List.of(new EdgeRoute("a", "c", "x", List.of()), new EdgeRoute("b", "d", "x", List.of()),
                        new EdgeRoute("a", "d", "x", List.of())), List.of(), 0, 0);
        assertThat(Crossings.count(crossed)).isEqualTo(1);
        assertThat(Crossings.count(straight)).isZero();
    }

    @Test
    void naturalOrderCountsNumbers() {
        List<String> names = new ArrayList<>(List.of("vnet10", "vnet2", "eth0", "vnet002", "vnet1"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("eth0", "vnet1", "vnet002", "vnet2", "vnet10");
    }

    private static List<String> order(Layout l, String host, Layer layer) {
        return l.nodes().values().stream().filter(n -> n.host().equals(host) && n.layer() == layer)
                .sorted(Comparator.comparingDouble(NodeBox::x)).map(NodeBox::id).toList();
    }
}
