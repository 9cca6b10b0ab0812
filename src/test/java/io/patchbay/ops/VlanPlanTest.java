package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** VLAN plans and replugs from given host states (no libvirt): what is planned, what is refused. */
class VlanPlanTest {
    private static final String OVS_MAC = "52:54:00:aa:00:01";
    private static final String LINUX_MAC = "52:54:00:aa:00:02";
    private static final String LIVE = "<domain><name>vm</name><devices>"
            + "<interface type='bridge'><mac address='" + OVS_MAC + "'/><source bridge='ovs0'/>"
            + "<virtualport type='openvswitch'><parameters interfaceid='x'/></virtualport>"
            + "<vlan><tag id='100'/></vlan><target dev='vnet1'/><model type='virtio'/><alias name='net0'/>"
            + "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></interface>"
            + "<interface type='bridge'><mac address='" + LINUX_MAC + "'/><source bridge='br0'/>"
            + "<target dev='vnet2'/><model type='virtio'/><alias name='net1'/>"
            + "<address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/></interface>"
            + "</devices></domain>";
    private static final HostState HOST = new HostState("h", "qemu:///system", true, Set.of("ovs0", "ovs1", "br0"),
            Set.of(), List.of(new DomainState("vm", "u", true, true, LIVE, LIVE)), Set.of("ovs0", "ovs1"));
    private static final ScopeRequest LIVE_ONLY = new ScopeRequest(true, false);

    private static Plan plan(VnicIntent i) throws PatchbayException {
        return Planner.plan(HOST, List.of(HOST), i);
    }

    @Test
    void vlanIdsOutsideOneTo4094AreRefused() {
        for (int bad : new int[] {0, 4095, -1}) {
            assertThatThrownBy(() -> VlanRequest.access(bad)).isInstanceOf(PatchbayException.class)
                    .hasMessageContaining("1 to 4094");
        }
        assertThatThrownBy(() -> VlanRequest.trunk(List.of(10, 5000), null)).hasMessageContaining("5000");
        assertThatThrownBy(() -> VlanRequest.trunk(List.of(), null)).isInstanceOf(PatchbayException.class);
    }

    @Test
    void aTagChangeOnOvsIsOneLiveUpdateOfTheSameInterfaceWithOnlyTheVlanChanged() throws Exception {
        Plan p = plan(new VnicIntent.Vlan("vm", OVS_MAC, VlanRequest.trunk(List.of(200, 201), 200), LIVE_ONLY));
        assertThat(p.kind()).isEqualTo(Plan.Kind.VLAN);
        assertThat(p.steps()).hasSize(1);
        var sent = DeviceXml.parseInterface(p.steps().get(0).xml());
        assertThat(DeviceXml.vlanOf(sent)).isEqualTo(new VlanRequest(List.of(200, 201), true, 200));
        assertThat(DeviceXml.targetOf(sent)).isEqualTo("vnet1");
        assertThat(DeviceXml.pciOf(sent)).isEqualTo("0000:01:00.0");
        assertThat(p.steps().get(0).xml()).contains("trunk=\"yes\"").contains("nativeMode=\"untagged\"");
        assertThat(p.live().vlan()).isEqualTo(new VlanRequest(List.of(200, 201), true, 200));
    }

    @Test
    void aVlanOnALinuxBridgeIsConfigOnlyByDefaultAndRefusedLive() throws Exception {
        assertThatThrownBy(() -> plan(new VnicIntent.Vlan("vm", LINUX_MAC, VlanRequest.access(7), LIVE_ONLY)))
                .isInstanceOfSatisfying(LiveChangeRefused.class,
                        e -> assertThat(e.limit()).isEqualTo(LiveLimit.VLAN_NEEDS_OVS));
        Plan p = plan(new VnicIntent.Vlan("vm", LINUX_MAC, VlanRequest.access(7), ScopeRequest.DEFAULT));
        assertThat(p.liveLimit()).isEqualTo(LiveLimit.VLAN_NEEDS_OVS);
        assertThat(p.steps()).extracting(Step::flags).containsExactly(Step.CONFIG);
    }

    @Test
    void aLiveMoveOffOvsIsAReplugKeepingMacModelAndPciAndDroppingTheVlanOnALinuxBridge() throws Exception {
        Plan p = plan(new VnicIntent.Move("vm", OVS_MAC, "br0", LIVE_ONLY));
        assertThat(p.kind()).isEqualTo(Plan.Kind.REPLUG);
        assertThat(p.steps()).extracting(Step::action).containsExactly(Step.Action.DETACH, Step.Action.ATTACH);
        var plug = DeviceXml.parseInterface(p.steps().get(1).xml());
        assertThat(DeviceXml.bridgeOf(plug)).isEqualTo("br0");
        assertThat(DeviceXml.pciOf(plug)).isEqualTo("0000:01:00.0");
        assertThat(DeviceXml.modelOf(plug)).isEqualTo("virtio");
        assertThat(DeviceXml.isOvs(plug)).isFalse();
        assertThat(DeviceXml.vlanOf(plug)).isEqualTo(VlanRequest.NONE);
        assertThat(DeviceXml.targetOf(plug)).isNull();
        assertThat(p.impact().get(0)).contains("the guest sees the NIC go and come back");
        // the undo plugs the original back: on ovs0 with its virtualport and tag
        var undo = DeviceXml.parseInterface(p.reverse().get(1).xml());
        assertThat(p.reverse().get(1).action()).isEqualTo(Step.Action.ATTACH);
        assertThat(DeviceXml.bridgeOf(undo)).isEqualTo("ovs0");
        assertThat(DeviceXml.isOvs(undo)).isTrue();
        assertThat(DeviceXml.vlanOf(undo)).isEqualTo(new VlanRequest(List.of(100), false, null));
    }

    @Test
    void aLiveMoveBetweenLinuxBridgesStaysAnUpdate() throws Exception {
        HostState h = new HostState("h", "qemu:///system", true, Set.of("br0", "br1", "ovs0"), Set.of(),
                HOST.domains(), Set.of("ovs0"));
        Plan p = Planner.plan(h, List.of(h), new VnicIntent.Move("vm", LINUX_MAC, "br1", LIVE_ONLY));
        assertThat(p.kind()).isEqualTo(Plan.Kind.MOVE);
        assertThat(p.steps()).extracting(Step::action).containsExactly(Step.Action.UPDATE);
    }

    @Test
    void anAddOnOvsGetsTheVirtualportAndAnAddWithAVlanOnALinuxBridgeIsRefused() throws Exception {
        Plan p = plan(new VnicIntent.Add("vm", "bridge", "ovs1", "52:54:00:aa:00:09", null, "virtio", LIVE_ONLY,
                VlanRequest.access(42), null));
        var iface = DeviceXml.parseInterface(p.deviceXml());
        assertThat(DeviceXml.isOvs(iface)).isTrue();
        assertThat(DeviceXml.vlanOf(iface)).isEqualTo(VlanRequest.access(42));
        assertThatThrownBy(() -> plan(new VnicIntent.Add("vm", "bridge", "br0", "52:54:00:aa:00:09", null, "virtio",
                LIVE_ONLY, VlanRequest.access(42), null))).isInstanceOf(PatchbayException.class)
                .hasMessageContaining("not an Open vSwitch bridge");
    }
}
