package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureDetector;
import io.patchbay.discovery.capture.CaptureKind;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.export.TopologyJson;
import io.patchbay.layout.Layer;
import io.patchbay.layout.LayoutEdge;
import io.patchbay.layout.LayoutNode;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.NetworkInfo;
import io.patchbay.model.NetworkPortgroup;
import io.patchbay.model.VirtualFunction;
import io.patchbay.model.VnicVlan;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * libvirt networks as nodes and SR-IOV virtual functions, from the transcribed captures in
 * captures/sriov-networks (see its README) and the libvirt corpus's hostdev domain.
 */
class NetworksAndVfsTest {
    private static final String DIR = "sriov-networks/";
    private static final List<String> NETWORK_FILES = List.of("net-default-status.xml", "net-host-bridge.xml",
            "net-routed.xml", "net-isolated.xml", "net-macvtap-passthrough.xml", "net-vf-pool.xml", "net-ovs.xml");

    private static HostTopology captures(String linkFile, Path... more) throws PatchbayException {
        List<Path> paths = new ArrayList<>();
        paths.add(TestCaptures.path(DIR + linkFile));
        NETWORK_FILES.forEach(f -> paths.add(TestCaptures.path(DIR + f)));
        paths.add(TestCaptures.path(DIR + "domain-web1.xml"));
        paths.addAll(List.of(more));
        return new CaptureSource("sriov", paths).refresh();
    }

    private static Device device(HostTopology h, String name) {
        return h.device(name).orElseThrow(() -> new AssertionError("no device " + name + " in " + h.devices()));
    }

    @Test
    void networkXmlsAreRecognisedByContent() throws Exception {
        for (String f : NETWORK_FILES) {
            assertThat(CaptureDetector.detect(Shared.read(TestCaptures.path(DIR + f)), f))
                    .as(f).isEqualTo(CaptureKind.NETWORK_XML);
        }
    }

    @Test
    void everyNetworkIsANodeWithItsXmlFacts() throws Exception {
        HostTopology h = captures("ip-d-link-show.txt");
        NetworkInfo nat = device(h, "network:default").network();
        assertThat(device(h, "network:default").kind()).isEqualTo(DeviceKind.NETWORK);
        assertThat(nat.forwardMode()).isEqualTo("nat");
        assertThat(nat.bridge()).isEqualTo("virbr0");
        assertThat(nat.addresses()).containsExactly("192.168.122.1/24");
        assertThat(nat.dhcpRanges()).containsExactly("192.168.122.2-192.168.122.254");
        assertThat(nat.active()).isTrue(); // a status file: the network runs
        NetworkInfo routed = device(h, "network:routed").network();
        assertThat(routed.forwardMode()).isEqualTo("route");
        assertThat(routed.forwardDevices()).containsExactly("enp3s0f1");
        assertThat(routed.addresses()).containsExactly("10.20.0.1/24", "fd00:20::1/64");
        assertThat(device(h, "network:isolated").network().forwardMode()).isNull();
        assertThat(device(h, "network:isolated").network().addresses()).containsExactly("172.16.50.1/24");
        assertThat(device(h, "network:macvtap-pass").network().forwardMode()).isEqualTo("passthrough");
        NetworkInfo pool = device(h, "network:vf-pool").network();
        assertThat(pool.forwardMode()).isEqualTo("hostdev");
        assertThat(pool.forwardDevices()).containsExactly("0000:03:10.0", "0000:03:10.2", "enp3s0f0");
        NetworkInfo ovs = device(h, "network:ovs-net").network();
        assertThat(ovs.virtualport()).isEqualTo("openvswitch");
        assertThat(ovs.portgroups()).containsExactly(
                new NetworkPortgroup("vlan-10", true, new VnicVlan(List.of(10), false, null, null)),
                new NetworkPortgroup("trunk", false, new VnicVlan(List.of(20, 30), true, 20, "untagged")));
    }

    @Test
    void networksLinkToTheirBridgesAndForwardDevicesAndNetworkVnicsToTheirNetwork() throws Exception {
        HostTopology h = captures("ip-d-link-show.txt");
        assertThat(h.links()).contains(
                new Link("network:default", "virbr0", LinkKind.NETWORK),
                new Link("network:host-bridge", "br0", LinkKind.NETWORK),
                new Link("network:routed", "enp3s0f1", LinkKind.NETWORK),
                new Link("network:macvtap-pass", "enp3s0f1", LinkKind.NETWORK),
                new Link("network:vf-pool", "enp3s0f0", LinkKind.NETWORK),
                new Link("vnet0", "network:default", LinkKind.NETWORK),
                new Link("vnet0", "web1", LinkKind.VNIC),
                new Link("vnet0", "virbr0", LinkKind.PORT));
        // no bridge device virbr1/virbr2/ovsbr0 on this host: no link into nothing
        assertThat(h.links()).noneMatch(l -> l.to().equals("virbr1") || l.to().equals("ovsbr0"));
    }

    @Test
    void virtualFunctionsFromTextAndJsonAgree() throws Exception {
        List<VirtualFunction> expected = List.of(
                new VirtualFunction(0, "00:11:22:33:44:55", 42, null, true, "auto", false),
                new VirtualFunction(1, "52:54:00:aa:bb:01", 100, 2, true, "auto", false),
                new VirtualFunction(2, "00:00:00:00:00:00", null, null, true, "auto", false),
                new VirtualFunction(3, "52:54:00:aa:bb:03", null, null, false, "enable", true));
        assertThat(device(captures("ip-d-link-show.txt"), "enp3s0f0").vfs()).containsExactlyElementsOf(expected);
        assertThat(device(captures("ip-j-d-link.json"), "enp3s0f0").vfs()).containsExactlyElementsOf(expected);
    }

    @Test
    void theCollectionReadsVfsFromItsLinkDumpSection() throws Exception {
        String link = Shared.read(TestCaptures.path(DIR + "ip-j-d-link.json"));
        // the addr dump without VF lists, then the link dump the script adds on hosts with VFs
        String addr = link.substring(0, link.indexOf(",\"vfinfo_list\"")) + "}]\n";
        assertThat(addr).doesNotContain("vfinfo_list");
        String framed = "@@patchbay hostname\n|sriov1\n@@patchbay ip-json\n" + addr + "@@patchbay ip-json-link\n" + link
                + "@@patchbay end\n";
        HostTopology h = Collection.toTopology(framed, null, "ssh");
        assertThat(device(h, "enp3s0f0").vfs()).extracting(VirtualFunction::mac)
                .containsExactly("00:11:22:33:44:55", "52:54:00:aa:bb:01", "00:00:00:00:00:00", "52:54:00:aa:bb:03");
        assertThat(h.warnings()).isEmpty();
    }

    @Test
    void hostdevVnicsLinkToTheirPhysicalFunctionByMac() throws Exception {
        // web1's hostdev vNIC has VF 1's MAC; the corpus's QEMUGuest1 has VF 0's (00:11:22:33:44:55)
        Path corpusHostdev = Shared.root().resolve("corpus/libvirt-domain-xml/qemuxml2xmloutdata/net-hostdev.xml");
        HostTopology h = captures("ip-d-link-show.txt", corpusHostdev);
        assertThat(h.links()).contains(new Link("enp3s0f0", "web1", LinkKind.VF),
                new Link("enp3s0f0", "QEMUGuest1", LinkKind.VF));
        assertThat(h.links().stream().filter(l -> l.kind() == LinkKind.VF)).hasSize(2);
    }

    @Test
    void bridgesSayWhetherTheyFilterVlans() throws Exception {
        HostTopology h = captures("ip-d-link-show.txt");
        assertThat(device(h, "br0").bridge().vlanFiltering()).isFalse();
        assertThat(device(h, "virbr0").bridge().stp()).isTrue();
    }

    @Test
    void theGraphDrawsNetworksInTheBridgeRowAndHostdevVnicsFromTheirPhysicalFunction() throws Exception {
        Path corpusHostdev = Shared.root().resolve("corpus/libvirt-domain-xml/qemuxml2xmloutdata/net-hostdev.xml");
        HostTopology h = captures("ip-d-link-show.txt", corpusHostdev);
        TopologyGraph g = TopologyGraph.of(List.of(h), java.util.Set.of());
        String net = TopologyGraph.deviceId("sriov", "network:default");
        assertThat(g.graph().nodes()).filteredOn(n -> n.id().equals(net)).extracting(LayoutNode::layer)
                .containsExactly(Layer.BRIDGE);
        assertThat(g.graph().edges()).contains(new LayoutEdge(net, TopologyGraph.deviceId("sriov", "virbr0"),
                "network"));
        // QEMUGuest1's hostdev vNIC has no tap: its own node hangs from the physical function
        String vnic = TopologyGraph.vnicId("sriov", "QEMUGuest1", 0);
        assertThat(g.graph().edges()).contains(new LayoutEdge(vnic, TopologyGraph.deviceId("sriov", "enp3s0f0"), "vf"));
        assertThat(g.graph().edges()).noneMatch(e -> e.kind().equals("vf") && e.to().contains("vm:"));
    }

    @Test
    void jsonCarriesTheNetworkNodeAndTheVfs() throws Exception {
        String json = TopologyJson.write(List.of(captures("ip-d-link-show.txt")));
        assertThat(json).contains("\"name\" : \"network:default\"", "\"kind\" : \"network\"",
                "\"forwardMode\" : \"nat\"", "\"dhcpRanges\" : [ \"192.168.122.2-192.168.122.254\" ]",
                "\"kind\" : \"vf\"", "\"spoofCheck\" : false");
    }
}
