package io.patchbay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The array-based {@link LayeredLayout} draws exactly what the straightforward map-based version
 * ({@link ReferenceLayeredLayout}) drew: same boxes to the last bit, same routes, fresh and with a
 * previous layout, on generated hosts and on random layered graphs (long edges that skip rows,
 * several parents, duplicate and same-row edges, several hosts).
 */
class LayeredLayoutAgreesWithReferenceTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 10})
    void generatedHostsAreLaidOutExactlyAsBefore(int secondVnicEvery) {
        for (int size : new int[] {40, 300, 2000}) {
            LayoutGraph g = TopologyGraph.of(List.of(GeneratedTopology.host("h", size, secondVnicEvery),
                    GeneratedTopology.host("k", size / 3, secondVnicEvery)), Set.of()).graph();
            Layout ours = LayeredLayout.compute(g);
            assertThat(ours).isEqualTo(ReferenceLayeredLayout.compute(g));
            LayoutGraph grown = TopologyGraph.of(List.of(GeneratedTopology.host("h", size, secondVnicEvery),
                    GeneratedTopology.withNewVm(GeneratedTopology.host("k", size / 3, secondVnicEvery), "n", "vnetn", "br2")),
                    Set.of()).graph();
            assertThat(LayeredLayout.compute(grown, ours)).isEqualTo(ReferenceLayeredLayout.compute(grown, ours));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void randomLayeredGraphsAreLaidOutExactlyAsBefore(long seed) {
        Random rnd = new Random(seed);
        int hosts = 1 + rnd.nextInt(3);
        int perHost = 5 + rnd.nextInt(120);
        LayoutGraph g = random(rnd, hosts, perHost);
        Layout ours = LayeredLayout.compute(g);
        assertThat(ours).isEqualTo(ReferenceLayeredLayout.compute(g));
        LayoutGraph more = random(new Random(seed + 100), hosts + 1, perHost + 10);
        assertThat(LayeredLayout.compute(g, ours)).isEqualTo(ReferenceLayeredLayout.compute(g, ours));
        assertThat(LayeredLayout.compute(more, ours)).isEqualTo(ReferenceLayeredLayout.compute(more, ours));
    }

    private static LayoutGraph random(Random rnd, int hosts, int perHost) {
        List<String> hostNames = new ArrayList<>();
        List<LayoutNode> nodes = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        Layer[] layers = Layer.values();
        for (int h = 0; h < hosts; h++) {
            String host = "h" + h;
            hostNames.add(host);
            int first = nodes.size();
            for (int i = 0; i < perHost; i++) {
                Layer layer = layers[rnd.nextInt(layers.length)];
                double w = 80 + rnd.nextInt(3) * 20;
                nodes.add(new LayoutNode(host + "/n" + i, host, layer, "n" + rnd.nextInt(50), w, 30));
            }
            int count = nodes.size() - first;
            for (int e = 0; count > 1 && e < count * 3 / 2; e++) {
                LayoutNode a = nodes.get(first + rnd.nextInt(count));
                LayoutNode b = nodes.get(first + rnd.nextInt(count));
                edges.add(new LayoutEdge(a.id(), b.id(), "e"));
            }
        }
        if (nodes.size() > 2) {
            edges.add(new LayoutEdge(nodes.get(0).id(), nodes.get(nodes.size() - 1).id(), "across"));
            edges.add(new LayoutEdge(nodes.get(0).id(), "missing", "dangling"));
            LayoutNode twin = nodes.get(1);
            nodes.add(new LayoutNode(twin.id(), twin.host(), Layer.VM, "twin", 60, 30));
        }
        return new LayoutGraph(hostNames, nodes, edges);
    }
}
