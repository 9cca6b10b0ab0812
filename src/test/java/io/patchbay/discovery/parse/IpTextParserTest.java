package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.patchbay.model.DeviceKind;
import io.patchbay.model.LinkState;
import io.patchbay.testsupport.Shared;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpTextParserTest {
    private final IpTextParser parser = new IpTextParser();

    private Map<String, DeviceFacts> parse(String text, String origin) throws ParseException {
        Observation obs = parser.parse(text, origin);
        Map<String, DeviceFacts> byName = new LinkedHashMap<>();
        obs.devices().forEach(d -> byName.put(d.name, d));
        return byName;
    }

    private Observation corpus(String file) throws ParseException {
        return parser.parse(TextSamples.corpus("ip", file), "capture " + file);
    }

    private static Map<String, DeviceFacts> byName(Observation obs) {
        Map<String, DeviceFacts> byName = new LinkedHashMap<>();
        obs.devices().forEach(d -> byName.put(d.name, d));
        return byName;
    }

    // ---- the seed -------------------------------------------------------------------------

    @Test
    void seedIpAddrShow() throws ParseException {
        Observation obs = parser.parse(Shared.read(Shared.seed("rhev-host-01.ip-addr-show.txt")),
                "capture rhev-host-01.ip-addr-show.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d.keySet()).containsExactly("lo", "eth0", "wlan0", ";vdsmdummy;", "bond0", "bond4", "bond1",
                "bond2", "bond3", "ovirtmgmt");
        assertThat(obs.warnings()).isEmpty();

        DeviceFacts lo = d.get("lo");
        assertThat(lo.kind).isEqualTo(DeviceKind.LOOPBACK);
        assertThat(lo.linkType).isEqualTo("loopback");
        assertThat(lo.mtu).isEqualTo(16436);
        assertThat(lo.addresses).containsExactly("127.0.0.1/8", "::1/128");
        assertThat(lo.mac).isNull();

        DeviceFacts eth0 = d.get("eth0");
        assertThat(eth0.mac).isEqualTo("00:21:86:a2:85:cd");
        assertThat(eth0.state).isEqualTo(LinkState.UP);
        assertThat(eth0.carrier).isTrue();
        assertThat(eth0.addresses).containsExactly("fe80::221:86ff:fea2:85cd/64");
        assertThat(eth0.ifindex).isEqualTo(2);
        assertThat(eth0.kind).as("plain ip addr does not say what eth0 is").isNull();

        DeviceFacts wlan0 = d.get("wlan0");
        assertThat(wlan0.carrier).isFalse();
        assertThat(wlan0.state).isEqualTo(LinkState.DOWN);
        assertThat(wlan0.flags).containsExactly("NO-CARRIER", "BROADCAST", "MULTICAST", "UP");

        assertThat(d.get(";vdsmdummy;").ifindex).isEqualTo(5);
        assertThat(d.get(";vdsmdummy;").carrier).isNull();

        for (String bond : List.of("bond0", "bond1", "bond2", "bond3", "bond4")) {
            assertThat(d.get(bond).flags).as(bond).contains("MASTER");
            assertThat(d.get(bond).mac).as(bond).isEqualTo("00:00:00:00:00:00");
            assertThat(d.get(bond).state).as(bond).isEqualTo(LinkState.DOWN);
        }

        DeviceFacts mgmt = d.get("ovirtmgmt");
        assertThat(mgmt.addresses).containsExactly("10.64.32.134/23", "fe80::221:86ff:fea2:85cd/64");
        assertThat(mgmt.mac).isEqualTo("00:21:86:a2:85:cd");
        assertThat(mgmt.state).isEqualTo(LinkState.UNKNOWN);
    }

    // ---- the corpus -----------------------------------------------------------------------

    @Test
    void ipAddrTestWithTruncationNoiseTunnelsAndVlan() throws ParseException {
        Observation obs = corpus("IP_ADDR_TEST.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d).hasSize(6);
        assertThat(d.keySet()).containsExactly("lo", "eth7", "tunl0", "tunl1", "bond1.57", "ip.tun2");
        assertThat(obs.warnings()).hasSize(3)
                .allSatisfy(w -> assertThat(w).startsWith("capture IP_ADDR_TEST.txt, line ").contains("Message truncated"));

        DeviceFacts eth7 = d.get("eth7");
        assertThat(eth7.master).isEqualTo("bond1");
        assertThat(eth7.flags).contains("NO-CARRIER", "SLAVE");
        assertThat(eth7.carrier).isFalse();
        assertThat(eth7.mtu).isEqualTo(1500);
        assertThat(eth7.mac).isEqualTo("00:11:3f:e2:f5:9f");

        assertThat(d.get("lo").mtu).isEqualTo(16436);

        DeviceFacts vlan = d.get("bond1.57");
        assertThat(vlan.parent).isEqualTo("bond1");
        assertThat(vlan.addresses).containsExactly("10.192.4.171/27", "fe80::211:3fff:fee2:f59e/64",
                "2001::211:3fff:fee2:f59e/64");

        assertThat(d.get("tunl0").linkType).isEqualTo("ipip");
        assertThat(d.get("tunl0").mac).isNull();
        assertThat(d.get("tunl1").addresses).as("local address with the peer's prefix").containsExactly("172.30.0.1/32");
        assertThat(d.get("ip.tun2").linkType).isEqualTo("ipip");
        assertThat(d.get("ip.tun2").mtu).isEqualTo(80);
        assertThat(d.get("ip.tun2").addresses).containsExactly("192.168.112.5/32");
    }

    @Test
    void activeBackupBondWithDetails() throws ParseException {
        Observation obs = corpus("IP_D_S_LINK_BOND_1.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d.keySet()).containsExactly("lo", "enp1s0", "enp2s0", "bond0");
        assertThat(obs.warnings()).isEmpty();

        DeviceFacts bond = d.get("bond0");
        assertThat(bond.kind).isEqualTo(DeviceKind.BOND);
        assertThat(bond.linkInfoKind).isEqualTo("bond");
        assertThat(bond.bondMode).isEqualTo("active-backup");
        assertThat(bond.bondMode).isEqualTo(BondingParser.shortMode("fault-tolerance (active-backup)"));
        assertThat(bond.bondActiveSlave).isEqualTo("enp1s0");

        DeviceFacts enp1 = d.get("enp1s0");
        assertThat(enp1.master).isEqualTo("bond0");
        assertThat(enp1.slaveKind).isEqualTo("bond_slave");
        assertThat(enp1.slaveState).isEqualTo("ACTIVE");
        assertThat(enp1.slaveMii).isEqualTo("UP");
        assertThat(enp1.permanentMac).isEqualTo("52:54:00:36:37:ea");
        assertThat(enp1.kind).isNull();

        DeviceFacts enp2 = d.get("enp2s0");
        assertThat(enp2.slaveState).isEqualTo("BACKUP");
        assertThat(enp2.permanentMac).isEqualTo("52:54:00:c9:b9:47");
        assertThat(enp2.mac).isEqualTo("52:54:00:36:37:ea");
    }

    @Test
    void truncatedBondSlaveLineKeepsWhatIsReadableAndWarns() throws ParseException {
        Observation obs = corpus("IP_D_S_LINK_MALFORMED_BOND_SLAVE.txt");
        DeviceFacts enp2 = byName(obs).get("enp2s0");

        assertThat(obs.devices()).hasSize(1);
        assertThat(enp2.master).isEqualTo("bond0");
        assertThat(enp2.slaveKind).isEqualTo("bond_slave");
        assertThat(enp2.slaveState).isEqualTo("ACTIVE");
        assertThat(enp2.slaveMii).isNull();
        assertThat(enp2.mac).isEqualTo("52:54:00:36:37:eb");
        assertThat(obs.warnings()).singleElement().asString()
                .startsWith("capture IP_D_S_LINK_MALFORMED_BOND_SLAVE.txt, line 4:")
                .contains("mii_status");
    }

    @Test
    void teamPortOfBridge() throws ParseException {
        Observation obs = corpus("IP_S_LINK.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d.keySet()).containsExactly("enp0s3", "lo", "enp0s8", "enp0s9", "tm0");
        assertThat(obs.warnings()).as("statistics are skipped silently").isEmpty();
        DeviceFacts tm0 = d.get("tm0");
        assertThat(tm0.master).isEqualTo("br0");
        assertThat(tm0.linkInfoKind).isEqualTo("team");
        assertThat(tm0.slaveKind).isEqualTo("bridge_slave");
        assertThat(tm0.kind).as("team: a virtual device the console draws as other, never a NIC").isEqualTo(DeviceKind.OTHER);
        assertThat(d.get("enp0s9").carrier).as("no LOWER_UP, no NO-CARRIER").isNull();
        assertThat(d.get("enp0s3").mac).isEqualTo("08:00:27:4a:c5:ef");
    }

    @Test
    void libvirtBridgeTapPppAndTun() throws ParseException {
        Observation obs = corpus("IP_S_LINK_ALL.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d).hasSize(8);
        assertThat(obs.warnings()).isEmpty();
        assertThat(d.get("vnet0").master).isEqualTo("virbr0");
        assertThat(d.get("vnet0").mac).isEqualTo("fe:54:00:43:7e:91");
        assertThat(d.get("virbr0-nic").master).isEqualTo("virbr0");
        assertThat(d.get("ppp0").linkType).isEqualTo("ppp");
        assertThat(d.get("ppp0").mac).isNull();
        assertThat(d.get("tun0").linkType).isEqualTo("none");
        assertThat(d.get("tun0").mtu).isEqualTo(1360);
        assertThat(d.get("wlp3s0").state).isEqualTo(LinkState.DOWN);
    }

    @Test
    void openVswitchPortsAndVxlan() throws ParseException {
        Observation obs = corpus("IP_S_LINK_ALL_2.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d.keySet()).containsExactly("lo", "eno1", "eno2", "ovs-system", "br-ex", "vxlan_sys_4789");
        assertThat(obs.warnings()).isEmpty();
        assertThat(d.get("eno1").master).isEqualTo("ovs-system");
        assertThat(d.get("eno1").slaveKind).isEqualTo("openvswitch_slave");
        assertThat(d.get("eno1").mtu).isEqualTo(9000);
        assertThat(d.get("ovs-system").kind).isEqualTo(DeviceKind.OVS);
        assertThat(d.get("br-ex").kind).isEqualTo(DeviceKind.OVS);
        DeviceFacts vx = d.get("vxlan_sys_4789");
        assertThat(vx.kind).isEqualTo(DeviceKind.VXLAN);
        assertThat(vx.master).isEqualTo("ovs-system");
        assertThat(vx.slaveKind).isEqualTo("openvswitch_slave");
    }

    @Test
    void greGeneveAndLacpSlaves() throws ParseException {
        Observation obs = corpus("IP_S_LINK_ALL_3.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d).hasSize(14);
        assertThat(obs.warnings()).isEmpty();
        assertThat(d).containsKeys("gre0", "gretap0", "gre1").doesNotContainKey("gre0@NONE");
        assertThat(d.get("gre0").parent).isNull();
        assertThat(d.get("gre0").parentIfindex).isNull();
        assertThat(d.get("gre0").kind).isEqualTo(DeviceKind.TUNNEL);
        assertThat(d.get("gre1").linkType).isEqualTo("gre");
        assertThat(d.get("geneve0").kind).isEqualTo(DeviceKind.TUNNEL);
        assertThat(d.get("eth0_1").permanentMac).isEqualTo("00:90:fa:8d:36:1e");
        assertThat(d.get("eth0_2").permanentMac).isEqualTo("00:90:fa:8d:36:22");
        assertThat(d.get("eth0_2").master).isEqualTo("bond0");
        assertThat(d.get("br-int").mtu).isEqualTo(8950);
    }

    @Test
    void virtualFunctionsAndAWrappedLine() throws ParseException {
        Observation obs = corpus("IP_S_LINK_ALL_4.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d.keySet()).containsExactly("lo", "ens1f0", "ens1f1", "ens1f1v64");
        assertThat(d.get("ens1f1").mac).as("not a VF's MAC").isEqualTo("b4:96:91:e5:c8:a9");
        assertThat(d.get("ens1f1v64").ifindex).isEqualTo(91);
        assertThat(d.get("ens1f0").master).isEqualTo("bond1");
        assertThat(d.get("ens1f0").slaveState).isEqualTo("ACTIVE");
        assertThat(obs.warnings()).singleElement().asString()
                .startsWith("capture IP_S_LINK_ALL_4.txt, line 16:").contains("umrxqueues");
    }

    @Test
    void unknownHeaderWordIsIgnored() throws ParseException {
        Observation obs = corpus("IP_S_LINK_ALL_5.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(d.keySet()).containsExactly("lo", "ens1");
        assertThat(obs.warnings()).isEmpty();
        assertThat(d.get("ens1").master).isEqualTo("bond1");
        assertThat(d.get("ens1").state).isEqualTo(LinkState.UP);
        assertThat(d.get("ens1").slaveMii).isEqualTo("UP");
    }

    // ---- captures from this machine -------------------------------------------------------

    @Test
    void hostIpAddr() throws ParseException {
        Map<String, DeviceFacts> d = parse(TextSamples.capture("host.ip-addr.txt"), "capture host.ip-addr.txt");
        assertThat(d.keySet()).containsExactly("lo", "ifb0", "ifb1", "eth0");
        assertThat(d.get("eth0").addresses).containsExactly("192.0.2.2/24", "fd00::2/64", "fe80::fc:ff:fe00:1/64");
        assertThat(d.get("eth0").mtu).isEqualTo(1400);
        assertThat(d.get("ifb0").linkInfoKind).isNull();
    }

    @Test
    void hostDetailedFormsAgree() throws ParseException {
        Map<String, DeviceFacts> dAddr = parse(TextSamples.capture("host.ip-d-addr.txt"), "d-addr");
        Map<String, DeviceFacts> sdLink = parse(TextSamples.capture("host.ip-s-d-link.txt"), "s-d-link");
        Map<String, DeviceFacts> oneLine = parse(TextSamples.capture("host.ip-o-d-link.txt"), "o-d-link");

        assertThat(dAddr.get("ifb0").linkInfoKind).isEqualTo("ifb");
        assertThat(dAddr.get("ifb0").kind).isEqualTo(DeviceKind.OTHER);
        assertThat(dAddr.get("eth0").addresses).hasSize(3);
        assertThat(sdLink.get("eth0").addresses).isEmpty();
        for (Map<String, DeviceFacts> other : List.of(sdLink, oneLine)) {
            assertThat(other.keySet()).containsExactlyElementsOf(dAddr.keySet());
            for (DeviceFacts f : dAddr.values()) {
                DeviceFacts g = other.get(f.name);
                assertThat(g.mac).as(f.name).isEqualTo(f.mac);
                assertThat(g.mtu).as(f.name).isEqualTo(f.mtu);
                assertThat(g.linkInfoKind).as(f.name).isEqualTo(f.linkInfoKind);
                assertThat(g.kind).as(f.name).isEqualTo(f.kind);
                assertThat(g.flags).as(f.name).isEqualTo(f.flags);
            }
        }
    }

    @Test
    void namespaceWithBridgesVethTapMacvtapVxlanAndHostileNames() throws ParseException {
        Observation obs = parser.parse(TextSamples.capture("netns.ip-d-addr.txt"), "capture netns.ip-d-addr.txt");
        Map<String, DeviceFacts> d = byName(obs);
        assertThat(obs.warnings()).isEmpty();

        assertThat(d.get("br0").kind).isEqualTo(DeviceKind.BRIDGE);
        assertThat(d.get("br0").bridgeStp).isFalse();
        assertThat(d.get("br0").addresses).containsExactly("10.9.0.1/24", "fe80::90c3:63ff:fe54:1543/64");
        assertThat(d.get("br1").bridgeStp).isTrue();
        assertThat(d.get("br1").carrier).isFalse();

        DeviceFacts tap = d.get("vnet0");
        assertThat(tap.kind).isEqualTo(DeviceKind.TAP);
        assertThat(tap.linkInfoKind).isEqualTo("tun");
        assertThat(tap.tunType).isEqualTo("tap");
        assertThat(tap.mac).isEqualTo("fe:54:00:12:34:56");
        assertThat(tap.master).isEqualTo("br0");
        assertThat(tap.slaveKind).isEqualTo("bridge_slave");

        DeviceFacts macvtap = d.get("macvtap0");
        assertThat(macvtap.kind).isEqualTo(DeviceKind.MACVTAP);
        assertThat(macvtap.macvtapMode).isEqualTo("bridge");
        assertThat(macvtap.parent).isEqualTo("veth1");

        DeviceFacts vxlan = d.get("vxlan42");
        assertThat(vxlan.kind).isEqualTo(DeviceKind.VXLAN);
        assertThat(vxlan.parent).as("vxlan's dev").isEqualTo("veth1");
        assertThat(vxlan.master).isEqualTo("br1");

        assertThat(d.get("veth0").kind).isEqualTo(DeviceKind.VETH);
        assertThat(d.get("veth0").parent).isEqualTo("veth1");
        assertThat(d.get("veth0").master).isEqualTo("br0");
        assertThat(d.get("veth1").addresses).containsExactly("10.9.1.1/24", "fe80::9cb8:11ff:feb0:8865/64");
        assertThat(d.get("vpeer0").parentIfindex).isEqualTo(2);
        assertThat(d.get("vpeer0").parent).isNull();

        assertThat(d.keySet()).containsAll(TextSamples.HOSTILE_NAMES);
        assertThat(d.get("a;b").parent).isEqualTo("x'y");
        assertThat(d.get("a;b").master).isEqualTo("br1");
        assertThat(d.get("x'y").parent).isEqualTo("a;b");
        assertThat(d.get("$(id>x)").parent).isEqualTo("ü");
        assertThat(d.get("$(id>x)").master).isEqualTo("br1");
        assertThat(d.get("ü").parent).isEqualTo("$(id>x)");
        assertThat(d.get("-rf").kind).isEqualTo(DeviceKind.BRIDGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"netns.ip-addr.txt", "netns.ip-link.txt", "netns.ip-s-link.txt", "netns.ip-d-link.txt",
            "netns.ip-s-d-link.txt"})
    void namespaceFormsAgreeWithIpDAddr(String file) throws ParseException {
        Map<String, DeviceFacts> reference = parse(TextSamples.capture("netns.ip-d-addr.txt"), "reference");
        Observation obs = parser.parse(TextSamples.capture(file), "capture " + file);
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(obs.warnings()).as("alias, altname and statistics lines are skipped").isEmpty();
        assertThat(d.keySet()).containsExactlyElementsOf(reference.keySet());
        boolean detailed = file.contains("-d-");
        for (DeviceFacts ref : reference.values()) {
            DeviceFacts f = d.get(ref.name);
            assertThat(f.mac).as(ref.name).isEqualTo(ref.mac);
            assertThat(f.mtu).as(ref.name).isEqualTo(ref.mtu);
            assertThat(f.master).as(ref.name).isEqualTo(ref.master);
            assertThat(f.state).as(ref.name).isEqualTo(ref.state);
            assertThat(f.ifindex).as(ref.name).isEqualTo(ref.ifindex);
            assertThat(f.kind).as(ref.name).isEqualTo(detailed || ref.kind == DeviceKind.LOOPBACK ? ref.kind : null);
            assertThat(f.linkInfoKind).as(ref.name).isEqualTo(detailed ? ref.linkInfoKind : null);
        }
        assertThat(d.get("br0").kind).as("without -d nothing says br0 is a bridge")
                .isEqualTo(detailed ? DeviceKind.BRIDGE : null);
        assertThat(d.get("veth1").addresses).isEqualTo(file.contains("addr") ? reference.get("veth1").addresses : List.of());
    }

    // ---- details the kernel here cannot build (hand-written in iproute2's -d shape) --------------

    @Test
    void vlanAndBondDetailLines() throws ParseException {
        String text = "5: bond1.57@bond1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT\n"
                + "    link/ether 00:11:3f:e2:f5:9e brd ff:ff:ff:ff:ff:ff promiscuity 0\n"
                + "    vlan protocol 802.1Q id 57 <REORDER_HDR> addrgenmode eui64 numtxqueues 1\n"
                + "6: bond1: <BROADCAST,MULTICAST,MASTER,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP\n"
                + "    link/ether 00:11:3f:e2:f5:9e brd ff:ff:ff:ff:ff:ff\n"
                + "    bond mode 802.3ad miimon 100 updelay 0 downdelay 0 ad_select stable\n";
        Map<String, DeviceFacts> d = parse(text, "fragment");

        assertThat(d.get("bond1.57").kind).isEqualTo(DeviceKind.VLAN);
        assertThat(d.get("bond1.57").vlanId).isEqualTo(57);
        assertThat(d.get("bond1.57").vlanProtocol).isEqualTo("802.1Q");
        assertThat(d.get("bond1.57").parent).isEqualTo("bond1");
        assertThat(d.get("bond1").bondMode).isEqualTo("802.3ad");
        assertThat(d.get("bond1").bondActiveSlave).isNull();
    }

    @Test
    void brokenDetailValuesAreWarningsNotFailures() throws ParseException {
        String text = "5: v: <UP> mtu big qdisc noqueue state\n"
                + "    link/ether 00:11:3f:zz:f5:9e brd ff:ff:ff:ff:ff:ff permaddr nope\n"
                + "    vlan protocol 802.1Q id 99999999999999\n"
                + "    inet not-an-address/24 scope global v\n";
        Observation obs = parser.parse(text, "fragment");
        DeviceFacts v = obs.devices().get(0);

        assertThat(v.mtu).isNull();
        assertThat(v.mac).isNull();
        assertThat(v.permanentMac).isNull();
        assertThat(v.vlanId).isNull();
        assertThat(v.addresses).isEmpty();
        assertThat(v.kind).isEqualTo(DeviceKind.VLAN);
        assertThat(obs.warnings()).hasSize(6).allSatisfy(w -> assertThat(w).startsWith("fragment, line "));
    }

    @Test
    void aDeviceListedTwiceKeepsTheFirst() throws ParseException {
        String text = "1: lo: <LOOPBACK> mtu 65536\n    link/loopback 00:00:00:00:00:00\n"
                + "1: lo: <LOOPBACK> mtu 1\n    link/loopback 00:00:00:00:00:00\n";
        Observation obs = parser.parse(text, "twice");
        assertThat(obs.devices()).singleElement().satisfies(lo -> assertThat(lo.mtu).isEqualTo(65536));
        assertThat(obs.warnings()).singleElement().asString().startsWith("twice, line 3:").contains("lo");
    }

    // ---- errors ---------------------------------------------------------------------------

    @Test
    void emptyInputIsAParseError() {
        assertThatThrownBy(() -> parser.parse("", "capture empty.txt"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("capture empty.txt: empty output");
        assertThatThrownBy(() -> parser.parse(" \n\t\n", "blank")).isInstanceOf(ParseException.class);
    }

    @Test
    void otherOutputsAreNotIpOutput() {
        for (String file : List.of("rhev-host-01.brctl-show.txt")) {
            ParseException e = catchThrowableOfType(ParseException.class,
                    () -> parser.parse(Shared.read(Shared.seed(file)), "capture " + file));
            assertThat(e).isNotNull();
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("capture " + file + ", line 1: expected ip addr/link text");
        }
        assertThatThrownBy(() -> parser.parse(TextSamples.capture("host.ip-j-d-link.json"), "json"))
                .isInstanceOf(ParseException.class).hasMessageContaining("found '[{\"ifindex\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2: eth0 <BROADCAST> mtu 1500", "2: : <UP> mtu 1", "2: eth0: BROADCAST mtu 1500",
            "2: eth0: <BROADCAST mtu 1500", "99999999999: eth0: <UP> mtu 1500", "2:eth 0: <UP>"})
    void aBrokenDeviceLineIsAParseErrorWithItsLine(String broken) {
        String text = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536\n    link/loopback 00:00:00:00:00:00\n" + broken + "\n";
        ParseException e = catchThrowableOfType(ParseException.class, () -> parser.parse(text, "capture bad.txt"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("capture bad.txt, line 3: expected a device line like");
    }

    @Test
    void hostileInputGivesAResultOrAParseError() {
        for (String text : TextSamples.hostileInputs()) {
            TextSamples.assertResultOrParseException(parser, text);
        }
    }

    @Test
    void hostileNamesComeOutVerbatim() throws ParseException {
        StringBuilder text = new StringBuilder();
        int i = 1;
        for (String name : TextSamples.HOSTILE_NAMES) {
            text.append(i++).append(": ").append(name).append(": <BROADCAST,MULTICAST> mtu 1500 qdisc noop master ")
                    .append(name).append(" state DOWN\n    link/ether 02:00:00:00:00:0").append(i).append(" brd ff:ff:ff:ff:ff:ff\n");
        }
        Map<String, DeviceFacts> d = parse(text.toString(), "names");
        assertThat(d.keySet()).containsExactlyElementsOf(TextSamples.HOSTILE_NAMES);
        d.values().forEach(f -> assertThat(f.master).isEqualTo(f.name));
    }

    // ---- content sniff --------------------------------------------------------------------

    @Test
    void looksLikeClaimsIpTextOnly() {
        for (TextSamples.Sample s : TextSamples.all()) {
            assertThat(IpTextParser.looksLike(s.text())).as(s.name()).isEqualTo(s.kind() == TextSamples.Kind.IP);
        }
        assertThat(IpTextParser.looksLike(null)).isFalse();
        assertThat(IpTextParser.looksLike("")).isFalse();
    }

    @Test
    void everyIpSampleParses() {
        for (TextSamples.Sample s : TextSamples.all()) {
            if (s.kind() == TextSamples.Kind.IP) {
                assertThat(catchThrowableOfType(ParseException.class, () -> parser.parse(s.text(), s.name())))
                        .as(s.name()).isNull();
            }
        }
    }
}
