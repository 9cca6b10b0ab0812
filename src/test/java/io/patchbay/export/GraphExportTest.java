package io.patchbay.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.layout.LayeredLayout;
import io.patchbay.layout.Layout;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SVG and PNG of the graph, DOT and JSON of the model, from the real seed and sosreport captures. */
class GraphExportTest {
    private static List<HostTopology> hosts() throws Exception {
        return List.of(
                new CaptureSource(null, List.of(Shared.seed("rhev-host-01.ip-addr-show.txt"), Shared.seed("rhev-host-01.brctl-show.txt"))).refresh(),
                new CaptureSource(null, List.of(TestCaptures.path("sosreport-lab"))).refresh());
    }

    @Test
    void svgParsesAsXmlWithEveryNodeAndEdge() throws Exception {
        List<HostTopology> hosts = hosts();
        TopologyGraph g = TopologyGraph.of(hosts, Set.of());
        Layout l = LayeredLayout.compute(g.graph());
        String svg = TopologySvg.write(g, l);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        assertThat(titles.getLength()).isEqualTo(l.nodes().size());
        assertThat(doc.getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(l.edges().size());
        StringBuilder texts = new StringBuilder();
        NodeList t = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < t.getLength(); i++) {
            texts.append(((Element) t.item(i)).getTextContent()).append('\n');
        }
        assertThat(texts.toString()).contains("rhev-host-01\n", "lab-kvm-01\n", ";vdsmdummy;\n", "ovirtmgmt\n", "web1\n",
                "bond active-backup\n");
    }

    @Test
    void pngDecodesWithTheLayoutsSize() throws Exception {
        TopologyGraph g = TopologyGraph.of(hosts(), Set.of());
        Layout l = LayeredLayout.compute(g.graph());
        byte[] png = TopologyPng.write(g, l, 1.0);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(l.width()));
        assertThat(img.getHeight()).isEqualTo((int) Math.ceil(l.height()));
        // a node box is drawn where the layout put ovirtmgmt: its fill differs from the white canvas
        var b = l.nodes().get("rhev-host-01/ovirtmgmt");
        assertThat(img.getRGB((int) b.centerX(), (int) (b.y() + 3)) & 0xffffff).isNotEqualTo(0xffffff);
        byte[] half = TopologyPng.write(g, l, 0.5);
        assertThat(ImageIO.read(new ByteArrayInputStream(half)).getWidth()).isEqualTo((int) Math.ceil(l.width() * 0.5));
    }

    @Test
    void aHugeGraphIsScaledDownToTheLargestImage() {
        Layout wide = new Layout(java.util.Map.of(), List.of(), List.of(), 100_000, 600);
        double s = TopologyPng.scaleFor(wide, 1.0);
        assertThat(TopologyPng.size(wide, s)[0]).isLessThanOrEqualTo(TopologyPng.MAX_SIDE);
    }

    @Test
    void dotAndJsonOfTheSameHostsAreValid() throws Exception {
        List<HostTopology> hosts = hosts();
        String dot = TopologyDot.write(hosts);
        assertThat(dot).startsWith("digraph patchbay {").endsWith("}\n");
        assertThat(balanced(dot)).as("braces outside quoted strings balance").isTrue();
        assertThat(dot).contains("\"rhev-host-01/eth0\" -> \"rhev-host-01/ovirtmgmt\"", "\"lab-kvm-01/vnet0\" -> \"lab-kvm-01/vm:web1\"");
        JsonNode json = new ObjectMapper().readTree(TopologyJson.write(hosts));
        assertThat(json.get("hosts")).hasSize(2);
        assertThat(json.get("hosts").get(1).get("vms").toString()).contains("\"web1\"", "52:54:00:4a:7c:01");
    }

    @Test
    void dotDrawsEverySwitchAsAHexagonLinuxBridgeAndOpenVSwitchAlike() throws Exception {
        HostTopology ovs = new CaptureSource("ovs", List.of(TestCaptures.path("ovs-netdev"))).refresh();
        String dot = TopologyDot.write(List.of(hosts().get(0), ovs));
        assertThat(shapeOf(dot, "rhev-host-01/ovirtmgmt")).isEqualTo("hexagon");
        assertThat(shapeOf(dot, "ovs/br-int")).isEqualTo("hexagon");
        assertThat(shapeOf(dot, "ovs/br-ex")).isEqualTo("hexagon");
        assertThat(shapeOf(dot, "ovs/bond0")).isEqualTo("trapezium");
        assertThat(shapeOf(dot, "ovs/vnet10")).isEqualTo("ellipse");
        assertThat(shapeOf(dot, "ovs/vxlan0")).isEqualTo("box");
        assertThat(dot).as("the name and the kind on two lines (DOT's \\n), not a visible \\x0a")
                .contains("\"ovs/br-int\" [label=\"br-int\\novs\", shape=hexagon];").doesNotContain("x0a");
    }

    @Test
    void everyDotEdgeJoinsDeclaredNodesAVirtualFunctionsLinkEndsAtItsVm() throws Exception {
        List<java.nio.file.Path> sriov = new java.util.ArrayList<>();
        for (String f : List.of("ip-d-link-show.txt", "net-default-status.xml", "net-vf-pool.xml", "domain-web1.xml")) {
            sriov.add(TestCaptures.path("sriov-networks/" + f));
        }
        List<HostTopology> hosts = new java.util.ArrayList<>(hosts());
        hosts.add(new CaptureSource("sriov", sriov).refresh());
        hosts.add(new CaptureSource("ovs", List.of(TestCaptures.path("ovs-netdev"))).refresh());
        String dot = TopologyDot.write(hosts);
        assertThat(dot).contains("\"sriov/enp3s0f0\" -> \"sriov/vm:web1\" [label=\"vf\"];");
        java.util.Set<String> nodes = new java.util.HashSet<>();
        java.util.regex.Matcher node = java.util.regex.Pattern.compile("(?m)^    (\"[^\"]+\") \\[label=").matcher(dot);
        while (node.find()) {
            nodes.add(node.group(1));
        }
        java.util.regex.Matcher edge = java.util.regex.Pattern.compile("(?m)^    (\"[^\"]+\") -> (\"[^\"]+\") ").matcher(dot);
        int edges = 0;
        while (edge.find()) {
            edges++;
            assertThat(nodes).as(edge.group()).contains(edge.group(1), edge.group(2));
        }
        assertThat(edges).isGreaterThan(20);
    }

    /** The shape of the node line for {@code id}. */
    private static String shapeOf(String dot, String id) {
        return dot.lines().filter(l -> l.strip().startsWith("\"" + id + "\" [label=")).findFirst()
                .map(l -> l.replaceAll(".*shape=([a-z]+)\\];$", "$1")).orElseThrow(() -> new AssertionError("no node " + id));
    }

    /** Every { has its } and every quoted string closes (DOT's lexical rules for our output). */
    private static boolean balanced(String dot) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && !quoted;
    }
}
