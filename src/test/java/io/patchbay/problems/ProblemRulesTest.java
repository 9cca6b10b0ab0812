package io.patchbay.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.patchbay.model.BondInfo;
import io.patchbay.model.BondSlave;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.LinkState;
import io.patchbay.model.VlanInfo;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules one by one on snapshots built here, including what only a libvirt reading can show. */
class ProblemRulesTest {
    private static Device dev(String name, DeviceKind kind, Integer mtu, Boolean carrier, String master) {
        return new Device(name, kind, null, mtu, LinkState.UP, carrier, master, List.of(), List.of(), null, null,
                null, null, null, null, null, false, Map.of());
    }

    private static Device tap(String name, String mac, String master) {
        return new Device(name, DeviceKind.TAP, mac, 1500, LinkState.UP, true, master, List.of(), List.of(), null,
                "tun", null, null, null, null, null, true, Map.of());
    }

    private static Vnic vnic(String mac, String bridge, String target, String scope) {
        return new Vnic(mac, "bridge", bridge, target, "virtio", null, null, null, null, null, scope);
    }

    private static HostTopology host(List<String> sources, List<Device> devices, List<Link> links, List<Vm> vms) {
        return new HostTopology("h", sources, devices, links, vms, List.of());
    }

    @Test
    void driftIsAVnicOnlyLiveOrOnlyPersistentOnARunningPersistentVm() {
        Vm running = new Vm("web", null, "running", 1, true, List.of(
                vnic("52:54:00:00:00:01", "br0", "vnet0", "both"),
                vnic("52:54:00:00:00:02", "br0", "vnet1", "live"),
                vnic("52:54:00:00:00:03", "br0", null, "config")), null);
        Vm stopped = new Vm("off", null, "shut off", null, true, List.of(
                vnic("52:54:00:00:00:04", "br0", null, "config")), null);
        Vm transientVm = new Vm("tmp", null, "running", 2, false, List.of(
                vnic("52:54:00:00:00:05", "br0", "vnet2", "live")), null);
        HostTopology h = host(List.of("local", "libvirt"), List.of(dev("br0", DeviceKind.BRIDGE, 1500, true, null),
                tap("vnet0", "fe:54:00:00:00:01", "br0"), tap("vnet1", "fe:54:00:00:00:02", "br0"),
                tap("vnet2", "fe:54:00:00:00:05", "br0")),
                List.of(new Link("vnet0", "web", LinkKind.VNIC), new Link("vnet1", "web", LinkKind.VNIC),
                        new Link("vnet2", "tmp", LinkKind.VNIC)),
                List.of(running, stopped, transientVm));
        assertThat(Problems.of(h)).extracting(Problem::finding, Problem::subjects).containsExactlyInAnyOrder(
                tuple(Finding.DRIFT_LIVE_ONLY, List.of("web", "52:54:00:00:00:02")),
                tuple(Finding.DRIFT_CONFIG_ONLY, List.of("web", "52:54:00:00:00:03")));
    }

    @Test
    void aVnicInBothDefinitionsWithDifferentFactsIsDrift() {
        Vnic moved = vnic("52:54:00:00:00:01", "br1", "vnet0", "both")
                .withLive(List.of(), null, List.of(new io.patchbay.model.FieldDrift("source", "br1", "br0")));
        Vm vm = new Vm("web", null, "running", 1, true, List.of(moved), null);
        HostTopology h = host(List.of("libvirt"), List.of(), List.of(), List.of(vm));
        List<Problem> ps = Problems.of(h);
        assertThat(ps).extracting(Problem::finding).containsExactly(Finding.DRIFT_FIELDS);
        assertThat(ProblemText.english(ps.get(0))).isEqualTo("VM web's vNIC 52:54:00:00:00:01 differs between the "
                + "running VM and its persistent definition (live / persistent): source: br1 / br0.");
    }

    @Test
    void anOrphanTapIsOneNoVmOwnsAndOnlyWhenTheVmsWereRead() {
        List<Device> devices = List.of(dev("br0", DeviceKind.BRIDGE, 1500, true, null),
                tap("vnet0", "fe:54:00:00:00:01", "br0"), tap("vnet9", "fe:54:00:00:00:09", "br0"));
        List<Vm> vms = List.of(new Vm("web", null, "running", 1, true,
                List.of(vnic("52:54:00:00:00:01", "br0", "vnet0", "both")), null));
        List<Link> links = List.of(new Link("vnet0", "web", LinkKind.VNIC));
        assertThat(Problems.of(host(List.of("ssh", "libvirt"), devices, links, vms)))
                .extracting(Problem::finding, Problem::subjects)
                .containsExactly(tuple(Finding.ORPHAN_TAP, List.of("vnet9", "br0")));
        // a capture or an SSH reading without libvirt cannot know which VMs exist: no alarm
        assertThat(Problems.of(host(List.of("ssh"), devices, List.of(), List.of()))).isEmpty();
    }

    @Test
    void aMissingBridgeNeedsTheDevicesToHaveBeenRead() {
        List<Vm> vms = List.of(new Vm("web", null, "running", 1, true,
                List.of(vnic("52:54:00:00:00:01", "br7", "vnet0", "both")), null));
        assertThat(Problems.of(host(List.of("libvirt"), List.of(), List.of(), vms))).isEmpty();
        assertThat(Problems.of(host(List.of("local", "libvirt"), List.of(dev("br0", DeviceKind.BRIDGE, 1500, true, null)),
                List.of(), vms))).extracting(Problem::finding, Problem::severity)
                .containsExactly(tuple(Finding.MISSING_BRIDGE_RUNNING, Severity.ERROR));
    }

    @Test
    void mtuAlongTheChainUplinkBondVlanBridge() {
        Device bond = dev("bond0", DeviceKind.BOND, 9000, true, null);
        Device member = dev("eth0", DeviceKind.NIC, 1500, true, "bond0");
        Device vlan = new Device("bond0.100", DeviceKind.VLAN, null, 9000, LinkState.UP, true, "br100", List.of(),
                List.of(), null, "vlan", null, null, new VlanInfo(100, "802.1Q", "eth5"), null, null, false, Map.of());
        Device eth5 = dev("eth5", DeviceKind.NIC, 1500, true, null);
        Device bridge = dev("br100", DeviceKind.BRIDGE, 9000, true, null);
        assertThat(Problems.of(host(List.of("ssh"), List.of(bond, member, vlan, eth5, bridge), List.of(), List.of())))
                .extracting(Problem::finding, Problem::subjects).containsExactlyInAnyOrder(
                        tuple(Finding.MTU_BOND_MEMBER, List.of("eth0", "bond0")),
                        tuple(Finding.MTU_ABOVE_LOWER, List.of("bond0.100", "eth5")));
    }

    @Test
    void anOpenVSwitchBridgeIsCheckedAsABridge() {
        Device uplink = dev("eth1", DeviceKind.NIC, 9000, false, "ovsbr0");
        Device tap = dev("vnet7", DeviceKind.TAP, 1500, true, "ovsbr0");
        Device ovs = dev("ovsbr0", DeviceKind.OVS, 1500, true, null);
        Device tunnel = dev("vx0", DeviceKind.VXLAN, 1450, false, "ovsbr0");
        assertThat(Problems.of(host(List.of("ssh"), List.of(uplink, tap, ovs, tunnel), List.of(), List.of())))
                .extracting(Problem::finding, Problem::subjects).containsExactlyInAnyOrder(
                        tuple(Finding.BRIDGE_WITHOUT_CARRIER, List.of("ovsbr0", "eth1")),
                        tuple(Finding.MTU_PORT_BELOW_BRIDGE, List.of("vnet7", "ovsbr0")),
                        tuple(Finding.MTU_PORT_BELOW_BRIDGE, List.of("vx0", "ovsbr0")));
    }

    @Test
    void aBondWithEveryMemberDownIsOneError() {
        Device bond = new Device("bond0", DeviceKind.BOND, null, 1500, LinkState.DOWN, false, null, List.of(),
                List.of(), null, "bond", new BondInfo("active-backup", null, "DOWN",
                List.of(new BondSlave("eth0", null, "DOWN", null), new BondSlave("eth1", null, "DOWN", null))),
                null, null, null, null, false, Map.of());
        assertThat(Problems.of(host(List.of("ssh"), List.of(bond), List.of(), List.of())))
                .extracting(Problem::finding, Problem::severity, Problem::subjects)
                .containsExactly(tuple(Finding.BOND_ALL_MEMBERS_DOWN, Severity.ERROR, List.of("bond0", "eth0", "eth1")));
    }

    @Test
    void aMacOnTwoHostsIsADuplicateOnEachOfThem() {
        Vm a = new Vm("web1", null, "running", 1, true, List.of(vnic("52:54:00:00:00:01", "br0", null, "both")), null);
        Vm b = new Vm("web2", null, "running", 1, true, List.of(vnic("52:54:00:00:00:01", "br0", null, "both")), null);
        HostTopology h1 = new HostTopology("h1", List.of("libvirt"), List.of(), List.of(), List.of(a), List.of());
        HostTopology h2 = new HostTopology("h2", List.of("libvirt"), List.of(), List.of(), List.of(b), List.of());
        Map<String, List<Problem>> ps = Problems.of(List.of(h1, h2));
        assertThat(ps.get("h1")).extracting(Problem::finding, Problem::severity)
                .containsExactly(tuple(Finding.DUPLICATE_MAC_ACROSS_HOSTS, Severity.ERROR));
        assertThat(ps.get("h2")).hasSize(1);
        assertThat(ProblemText.english(ps.get("h2").get(0)))
                .isEqualTo("MAC 52:54:00:00:00:01 is used on more than one host: h1/web1, h2/web2.");
    }
}
