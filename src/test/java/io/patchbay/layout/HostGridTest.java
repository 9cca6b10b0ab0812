package io.patchbay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.export.TopologyPng;
import io.patchbay.model.HostTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Several hosts make a grid, not a strip: in the console's fit and in exports. */
class HostGridTest {
    private static Layout hosts(int count, int nodes) {
        List<HostTopology> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hosts.add(GeneratedTopology.host("h" + i, nodes));
        }
        return LayeredLayout.compute(TopologyGraph.of(hosts, Set.of()).graph());
    }

    @Test
    void thirtyHostsExportAsAPictureNotAStrip() {
        Layout l = hosts(30, 12);
        double scale = TopologyPng.scaleFor(l, 1.0);
        int[] px = TopologyPng.size(l, scale);
        // side by side these were one 16384-pixel-wide ribbon a few hundred pixels high, shrunk below 1:1
        assertThat(scale).isEqualTo(1.0);
        assertThat(px[0]).isLessThan(TopologyPng.MAX_SIDE);
        assertThat((double) px[0] / px[1]).isBetween(0.8, 3.0);
        assertThat(l.hosts().stream().map(HostFrame::y).collect(Collectors.toSet())).hasSizeGreaterThan(3);
    }

    @Test
    void threeHostsMakeMoreThanOneRowAndNeverOverlap() {
        Layout l = hosts(3, 40);
        assertThat(l.hosts().stream().map(HostFrame::y).distinct().count()).isGreaterThan(1);
        for (HostFrame a : l.hosts()) {
            for (HostFrame b : l.hosts()) {
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as("%s and %s", a, b).isTrue();
                }
            }
        }
        // every node inside its host's frame, right of the gutter where its rows are named
        for (NodeBox n : l.nodes().values()) {
            HostFrame f = l.hosts().stream().filter(h -> h.host().equals(n.host())).findFirst().orElseThrow();
            assertThat(n.x()).isGreaterThanOrEqualTo(f.x() + HostGrid.GUTTER);
            assertThat(n.x() + n.width()).isLessThanOrEqualTo(f.x() + f.width());
            assertThat(n.y()).isGreaterThanOrEqualTo(f.y());
            assertThat(n.y() + n.height()).isLessThanOrEqualTo(f.y() + f.height());
        }
        assertThat(l.width()).isGreaterThanOrEqualTo(l.hosts().stream().mapToDouble(f -> f.x() + f.width()).max().orElseThrow());
        assertThat(l.height()).isGreaterThanOrEqualTo(l.hosts().stream().mapToDouble(f -> f.y() + f.height()).max().orElseThrow());
    }

    @Test
    void edgesMoveWithTheirHost() {
        Layout l = hosts(4, 30);
        for (EdgeRoute e : l.edges()) {
            NodeBox from = l.nodes().get(e.from());
            NodeBox to = l.nodes().get(e.to());
            Point first = e.points().get(0);
            Point last = e.points().get(e.points().size() - 1);
            assertThat(first.x()).isEqualTo(from.centerX());
            assertThat(last.x()).isEqualTo(to.centerX());
        }
    }

    @Test
    void eachHostsRowsAreNamedInItsGutterLevelWithTheRow() {
        Layout l = hosts(2, 300);
        List<RowNames.RowName> names = RowNames.of(l);
        assertThat(names).hasSize(2 * Layer.values().length);
        for (RowNames.RowName r : names) {
            NodeBox any = l.nodes().values().stream().filter(b -> b.host().equals(r.host()) && b.layer() == r.layer())
                    .findFirst().orElseThrow();
            assertThat(r.centerY()).isEqualTo(any.centerY());
            HostFrame f = l.hosts().stream().filter(h -> h.host().equals(r.host())).findFirst().orElseThrow();
            assertThat(r.x()).isBetween(f.x(), f.x() + HostGrid.GUTTER);
        }
    }

    @Test
    void aHostsRowsCloseUpOverTheRowsItDoesNotUse() throws Exception {
        List<HostTopology> hosts = List.of(
                new io.patchbay.discovery.capture.CaptureSource(null, List.of(io.patchbay.testsupport.TestCaptures.path("sosreport-lab"))).refresh(),
                new io.patchbay.discovery.capture.CaptureSource(null, List.of(io.patchbay.testsupport.Shared.corpus("ip", "IP_D_S_LINK_BOND_1.txt"))).refresh());
        Layout l = LayeredLayout.compute(TopologyGraph.of(hosts, Set.of()).graph());
        HostFrame lab = l.hosts().get(0);
        HostFrame bond = l.hosts().get(1);
        // uplinks and bonds only: two rows, one row step apart, in a frame shorter by the three rows it has not
        double step = LayeredLayout.ROW_HEIGHT + LayeredLayout.LAYER_GAP;
        NodeBox uplink = l.nodes().get("IP_D_S_LINK_BOND_1/enp1s0");
        NodeBox bond0 = l.nodes().get("IP_D_S_LINK_BOND_1/bond0");
        assertThat(bond0.centerY() - uplink.centerY()).isEqualTo(step);
        assertThat(bond.height()).isEqualTo(lab.height() - 3 * step);
        assertThat(bond0.y() + bond0.height()).isLessThanOrEqualTo(bond.y() + bond.height());
        // the edge from the uplink to its bond ends on the moved boxes
        EdgeRoute e = l.edges().stream().filter(r -> r.to().equals(bond0.id()) || r.from().equals(bond0.id())).findFirst().orElseThrow();
        assertThat(e.points().get(0).y()).isEqualTo(uplink.y() + uplink.height());
        assertThat(e.points().get(e.points().size() - 1).y()).isEqualTo(bond0.y());
    }

    @Test
    void oneHostIsOnlyWidenedByItsGutter() {
        Layout l = hosts(1, 40);
        assertThat(l.hosts()).hasSize(1);
        assertThat(l.hosts().get(0).x()).isZero();
        assertThat(l.hosts().get(0).y()).isZero();
        assertThat(l.width()).isEqualTo(l.hosts().get(0).width());
    }
}
