package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import io.patchbay.testsupport.TestCaptures;
import org.junit.jupiter.api.Test;

/** The Open vSwitch parsers on the real outputs of OVS 3.1 in captures/ovs-netdev (see its README). */
class OvsParsersTest {
    private static final String DIR = "ovs-netdev/";

    private static Observation parse(OutputParser p, String file) throws ParseException {
        return p.parse(TestCaptures.read(DIR + file), "capture " + file);
    }

    @Test
    void bridgeTableMakesOvsBridgesWithTheirPortReferences() throws ParseException {
        Observation obs = parse(new OvsDbJsonParser(), "ovs-vsctl-list-bridge.json");
        assertThat(obs.devices()).extracting(f -> f.name).containsExactlyInAnyOrder("br-int", "br-ex");
        DeviceFacts brInt = obs.device("br-int");
        assertThat(brInt.ovsKind).isEqualTo(DeviceKind.OVS);
        assertThat(brInt.ovsBridgePortUuids).hasSize(7);
        assertThat(obs.device("br-ex").ovsBridgePortUuids).hasSize(4);
        assertThat(brInt.bridgeStp).isFalse();
    }

    @Test
    void portTableGivesVlansAndTheBond() throws ParseException {
        Observation obs = parse(new OvsDbJsonParser(), "ovs-vsctl-list-port.json");
        assertThat(obs.device("vnet10").portTag).isEqualTo(100);
        assertThat(obs.device("vnet10").portTrunks).isEmpty();
        assertThat(obs.device("vnet11").portTag).isNull();
        assertThat(obs.device("vnet11").portTrunks).containsExactly(200, 201);
        assertThat(obs.device("vnet12").portTag).isEqualTo(300);
        assertThat(obs.device("vnet12").portTrunks).containsExactly(301, 302);
        assertThat(obs.device("vnet12").portVlanMode).isEqualTo("native-untagged");
        assertThat(obs.device("ex-mgmt").portTag).isEqualTo(10);
        DeviceFacts bond = obs.device("bond0");
        assertThat(bond.ovsKind).isEqualTo(DeviceKind.BOND);
        assertThat(bond.bondMode).isEqualTo("active-backup");
        assertThat(bond.ovsBondActiveMac).isEqualTo("0e:95:6b:c5:19:5a");
        assertThat(bond.ovsPortInterfaceUuids).hasSize(2);
        assertThat(obs.device("vnet10").ovsKind).isNull();
        assertThat(obs.device("vnet10").ovsPortInterfaceUuids).hasSize(1);
    }

    @Test
    void interfaceTableGivesTypesTunnelsPatchPeersAndAttachedMacs() throws ParseException {
        Observation obs = parse(new OvsDbJsonParser(), "ovs-vsctl-list-interface.json");
        assertThat(obs.device("vxlan0").ovsKind).isEqualTo(DeviceKind.VXLAN);
        assertThat(obs.device("vxlan0").ovsRemoteIp).isEqualTo("127.0.0.2");
        assertThat(obs.device("vxlan0").ovsTunnelKey).isEqualTo("5001");
        assertThat(obs.device("geneve0").ovsKind).isEqualTo(DeviceKind.TUNNEL);
        assertThat(obs.device("geneve0").ovsRemoteIp).isEqualTo("127.0.0.3");
        assertThat(obs.device("patch-int").ovsPatchPeer).isEqualTo("patch-ex");
        assertThat(obs.device("patch-ex").ovsPatchPeer).isEqualTo("patch-int");
        assertThat(obs.device("ex-mgmt").ovsType).isEqualTo("internal");
        assertThat(obs.device("vethA").ovsType).isEmpty();
        assertThat(obs.device("vethA").ovsKind).isNull();
        assertThat(obs.device("vethA").mac).isEqualTo("0e:95:6b:c5:19:5a");
        assertThat(obs.device("vnet10").ovsAttachedMac).isEqualTo("52:54:00:aa:00:10");
        assertThat(obs.device("vnet12").ovsAttachedMac).isNull();
    }

    @Test
    void showTextGivesTheSameMembershipByNesting() throws ParseException {
        Observation obs = parse(new OvsShowParser(), "ovs-vsctl-show.txt");
        assertThat(obs.device("br-int").ovsKind).isEqualTo(DeviceKind.OVS);
        assertThat(obs.device("br-ex").ovsKind).isEqualTo(DeviceKind.OVS);
        assertThat(obs.device("vnet10").ovsBridge).isEqualTo("br-int");
        assertThat(obs.device("vnet10").portTag).isEqualTo(100);
        assertThat(obs.device("vnet11").portTrunks).containsExactly(200, 201);
        assertThat(obs.device("bond0").ovsKind).isEqualTo(DeviceKind.BOND);
        assertThat(obs.device("bond0").ovsBridge).isEqualTo("br-ex");
        assertThat(obs.device("bond0").bondSlaves).extracting(BondSlave::name).containsExactlyInAnyOrder("vethA", "vethB");
        assertThat(obs.device("vethA").ovsBridge).isNull();
        assertThat(obs.device("patch-ex").ovsPatchPeer).isEqualTo("patch-int");
        assertThat(obs.device("vxlan0").ovsRemoteIp).isEqualTo("127.0.0.2");
        assertThat(obs.device("vxlan0").ovsTunnelKey).isEqualTo("5001");
        assertThat(obs.device("geneve0").ovsKind).isEqualTo(DeviceKind.TUNNEL);
        assertThat(obs.device("ex-mgmt").ovsType).isEqualTo("internal");
        // the bridge's own port is no port of itself
        assertThat(obs.device("br-int").ovsBridge).isNull();
    }

    @Test
    void showQuotesNamesWithSpecialCharacters() throws ParseException {
        String text = "0d7a1f8c-1111-2222-3333-444455556666\n    Bridge \"br 0\"\n        Port \"p\\\"1\"\n"
                + "            Interface \"p\\\"1\"\n    ovs_version: \"3.1.0\"\n";
        Observation obs = new OvsShowParser().parse(text, "t");
        assertThat(obs.device("p\"1").ovsBridge).isEqualTo("br 0");
    }

    @Test
    void bondShowGivesModeActiveMemberAndMemberStates() throws ParseException {
        Observation obs = parse(new OvsBondShowParser(), "ovs-appctl-bond-show.txt");
        DeviceFacts bond = obs.device("bond0");
        assertThat(bond.ovsKind).isEqualTo(DeviceKind.BOND);
        assertThat(bond.bondMode).isEqualTo("active-backup");
        assertThat(bond.bondActiveSlave).isEqualTo("vethA");
        assertThat(bond.bondSlaves).containsExactly(new BondSlave("vethA", "enabled", null, null),
                new BondSlave("vethB", "enabled", null, null));
    }

    @Test
    void bondShowOfOlderOvsSaysSlave() throws ParseException {
        String text = "---- bond1 ----\nbond_mode: balance-slb\nactive slave mac: 00:50:00:00:03:01(eth1)\n\n"
                + "slave eth1: enabled\n  active slave\n\nslave eth2: disabled\n";
        DeviceFacts bond = new OvsBondShowParser().parse(text, "t").device("bond1");
        assertThat(bond.bondActiveSlave).isEqualTo("eth1");
        assertThat(bond.bondSlaves).extracting(BondSlave::state).containsExactly("enabled", "disabled");
    }

    @Test
    void otherTextIsRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> new OvsDbJsonParser().parse("{\"headings\":[\"a\"],\"data\":[]}", "t"))
                .isInstanceOf(ParseException.class).hasMessageContaining("Bridge, Port or Interface");
        assertThatThrownBy(() -> new OvsShowParser().parse("hello\n", "t"))
                .isInstanceOf(ParseException.class).hasMessageContaining("ovs-vsctl show");
        assertThatThrownBy(() -> new OvsBondShowParser().parse("bond_mode: x\n", "t"))
                .isInstanceOf(ParseException.class).hasMessageContaining("---- BOND ----");
    }
}
