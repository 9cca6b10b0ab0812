package io.patchbay.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.discovery.TopologyMerger;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.OvsInterface;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.change.DropRule;
import io.patchbay.ui.change.Message;
import io.patchbay.ui.inspector.DeviceFacts;
import io.patchbay.ui.inspector.Fact;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OVS host of captures/ovs-netdev in the graph's plain-Java parts: search, inspector, drop rule, collapse. */
class OvsGraphTest {
    private static HostTopology host() throws PatchbayException {
        return new CaptureSource("ovs", List.of(TestCaptures.path("ovs-netdev"))).refresh();
    }

    @Test
    void searchVlanFindsThePortsThatCarryIt() throws PatchbayException {
        Map<String, GraphSubject> s = TopologyGraph.of(List.of(host()), Set.of()).subjects();
        assertThat(GraphSearch.find(s, "vlan 100")).containsExactly(TopologyGraph.deviceId("ovs", "vnet10"));
        assertThat(GraphSearch.find(s, "VLAN:201")).containsExactly(TopologyGraph.deviceId("ovs", "vnet11"));
        assertThat(GraphSearch.find(s, "vlan 302")).containsExactly(TopologyGraph.deviceId("ovs", "vnet12"));
        assertThat(GraphSearch.find(s, "vlan 999")).isEmpty();
    }

    @Test
    void theInspectorShowsVlansAndOvsFactsWithTheirSource() throws PatchbayException {
        HostTopology h = host();
        List<Fact> tap = DeviceFacts.of(h.device("vnet12").orElseThrow());
        assertThat(tap).extracting(Fact::labelKey, Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("fact.port.vlan.tag", "300"),
                org.assertj.core.groups.Tuple.tuple("fact.port.vlan.trunks", "301,302"),
                org.assertj.core.groups.Tuple.tuple("fact.port.vlan.mode", "native-untagged"),
                org.assertj.core.groups.Tuple.tuple("fact.ovs.type", "system"),
                org.assertj.core.groups.Tuple.tuple("fact.master", "br-int"));
        List<Fact> vxlan = DeviceFacts.of(h.device("vxlan0").orElseThrow());
        assertThat(vxlan).extracting(Fact::labelKey, Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("fact.ovs.remoteIp", "127.0.0.2"),
                org.assertj.core.groups.Tuple.tuple("fact.ovs.key", "5001"));
        assertThat(tap.stream().filter(f -> f.labelKey().equals("fact.port.vlan.tag")).findFirst().orElseThrow().source())
                .contains("ovs-vsctl");
        for (String lang : List.of("en", "ja")) {
            ResourceBundle b = ResourceBundle.getBundle("i18n.strings", Locale.forLanguageTag(lang));
            for (Fact f : tap) {
                assertThat(b.containsKey(f.labelKey())).as(lang + " " + f.labelKey()).isTrue();
            }
            assertThat(b.containsKey("drop.replug")).isTrue();
        }
    }

    @Test
    void anOvsBridgeIsASwitchAndADropThereIsAReplug() throws PatchbayException {
        // a running guest whose vNIC is the tap vnet10 (as libvirt's attached-mac on it says)
        Vnic vnic = new Vnic("52:54:00:aa:00:10", "bridge", "br-int", "vnet10", "virtio", null, null, null, null, null,
                null);
        HostTopology h = TopologyMerger.withVms(host(), "libvirt",
                List.of(new Vm("guest1", null, "running", 1, true, List.of(vnic), "test")), List.of());
        assertThat(h.links()).contains(new Link("vnet10", "guest1", LinkKind.VNIC));
        // a port whose MAC follows no fe: rule (a DPDK vhost-user port, say): only OVS's attached-mac ties it
        Device port = new Device("vhu1", DeviceKind.TAP, "02:00:00:00:00:01", null, null, null, "br-int", null, null,
                null, null, null, null, null, null, null, false, null, null,
                new OvsInterface("", null, null, "52:54:00:aa:00:99"), null);
        HostTopology bare = new HostTopology("ovs", List.of("capture"), List.of(port), List.of(), List.of(), List.of());
        Vnic byAttachedMac = new Vnic("52:54:00:aa:00:99", "bridge", "br-int", null, null, null, null, null, null,
                null, null);
        HostTopology h2 = TopologyMerger.withVms(bare, "libvirt",
                List.of(new Vm("guest2", null, "shut off", null, true, List.of(byAttachedMac), "test")), List.of());
        assertThat(h2.links()).containsExactly(new Link("vhu1", "guest2", LinkKind.VNIC));
        Map<String, GraphSubject> s = TopologyGraph.of(List.of(h), Set.of()).subjects();
        DropRule.Verdict v = DropRule.check(s, TopologyGraph.deviceId("ovs", "vnet10"),
                TopologyGraph.deviceId("ovs", "br-ex"), x -> true, ScopeRequest.DEFAULT);
        assertThat(v.accepted()).isTrue();
        assertThat(v.message()).isEqualTo(Message.of("drop.replug", "52:54:00:aa:00:10", "br-int", "br-ex"));
        String brInt = TopologyGraph.deviceId("ovs", "br-int");
        TopologyGraph collapsed = TopologyGraph.of(List.of(h), Set.of(brInt));
        assertThat(collapsed.hidden()).containsEntry(brInt, 3);
    }
}
