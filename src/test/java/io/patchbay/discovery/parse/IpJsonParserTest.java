package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.model.DeviceKind;
import io.patchbay.model.LinkState;
import io.patchbay.testsupport.TestCaptures;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IpJsonParserTest {
    private final IpJsonParser parser = new IpJsonParser();

    private Observation parse(String capture) throws ParseException {
        return parser.parse(TestCaptures.read("json/" + capture), "capture " + capture);
    }

    private static DeviceFacts dev(Observation obs, String name) {
        assertThat(obs.has(name)).as("device %s present", name).isTrue();
        return obs.device(name);
    }

    @Test
    void linkCaptureGivesEveryDeviceInOrder() throws ParseException {
        Observation obs = parse("ip-j-d-link.json");
        assertThat(obs.devices()).extracting(f -> f.name)
                .containsExactly("lo", "br0", "veth1", "veth0", "vnet0", "macvtap0", "vxlan100", "vethx");
        assertThat(obs.warnings()).isEmpty();
        assertThat(obs.origin()).isEqualTo("capture ip-j-d-link.json");
    }

    @Test
    void loopbackIsCertainFromLinkType() throws ParseException {
        DeviceFacts lo = dev(parse("ip-j-d-link.json"), "lo");
        assertThat(lo.kind).isEqualTo(DeviceKind.LOOPBACK);
        assertThat(lo.mtu).isEqualTo(65536);
        assertThat(lo.state).isEqualTo(LinkState.UNKNOWN);
        assertThat(lo.carrier).isTrue();
        assertThat(lo.linkType).isEqualTo("loopback");
        assertThat(lo.mac).as("only ether addresses are MACs").isNull();
        assertThat(lo.ifindex).isEqualTo(1);
    }

    @Test
    void bridgeTakesMacFromAddressNotFromMangledBridgeId() throws ParseException {
        DeviceFacts br0 = dev(parse("ip-j-d-link.json"), "br0");
        assertThat(br0.kind).isEqualTo(DeviceKind.BRIDGE);
        assertThat(br0.linkInfoKind).isEqualTo("bridge");
        assertThat(br0.mac).isEqualTo("52:54:00:aa:00:01");
        assertThat(br0.bridgeStp).isFalse();
        assertThat(br0.bridgeId).isNull();
        assertThat(br0.state).isEqualTo(LinkState.UP);
        assertThat(br0.flags).containsExactly("BROADCAST", "MULTICAST", "UP", "LOWER_UP");
    }

    @Test
    void vethPortKnowsItsBridgeAndPeer() throws ParseException {
        Observation obs = parse("ip-j-d-link.json");
        DeviceFacts veth1 = dev(obs, "veth1");
        assertThat(veth1.kind).isEqualTo(DeviceKind.VETH);
        assertThat(veth1.master).isEqualTo("br0");
        assertThat(veth1.slaveKind).isEqualTo("bridge_slave");
        assertThat(veth1.parent).isEqualTo("veth0");
        assertThat(veth1.mac).isEqualTo("e6:35:38:7d:e4:d7");
        DeviceFacts veth0 = dev(obs, "veth0");
        assertThat(veth0.parent).isEqualTo("veth1");
        assertThat(veth0.master).isNull();
    }

    @Test
    void vethWithPeerInAnotherNamespaceHasOnlyTheIndex() throws ParseException {
        DeviceFacts vethx = dev(parse("ip-j-d-link.json"), "vethx");
        assertThat(vethx.kind).isEqualTo(DeviceKind.VETH);
        assertThat(vethx.parent).isNull();
        assertThat(vethx.parentIfindex).isEqualTo(2);
    }

    @Test
    void tapWithoutCarrier() throws ParseException {
        DeviceFacts vnet0 = dev(parse("ip-j-d-link.json"), "vnet0");
        assertThat(vnet0.kind).isEqualTo(DeviceKind.TAP);
        assertThat(vnet0.tunType).isEqualTo("tap");
        assertThat(vnet0.mac).isEqualTo("fe:54:00:12:34:56");
        assertThat(vnet0.carrier).isFalse();
        assertThat(vnet0.state).isEqualTo(LinkState.DOWN);
        assertThat(vnet0.master).isEqualTo("br0");
    }

    @Test
    void macvtapAndVxlanKnowTheirLowerDevice() throws ParseException {
        Observation obs = parse("ip-j-d-link.json");
        DeviceFacts macvtap = dev(obs, "macvtap0");
        assertThat(macvtap.kind).isEqualTo(DeviceKind.MACVTAP);
        assertThat(macvtap.parent).isEqualTo("veth0");
        assertThat(macvtap.macvtapMode).isEqualTo("bridge");
        DeviceFacts vxlan = dev(obs, "vxlan100");
        assertThat(vxlan.kind).isEqualTo(DeviceKind.VXLAN);
        assertThat(vxlan.parent).isEqualTo("veth0");
        assertThat(vxlan.state).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void prettyPrintedStatsOutputSaysTheSame() throws ParseException {
        Observation compact = parse("ip-j-d-link.json");
        Observation pretty = parse("ip-j-p-d-s-link.json");
        assertThat(pretty.devices()).extracting(f -> f.name)
                .containsExactlyElementsOf(compact.devices().stream().map(f -> f.name).collect(Collectors.toList()));
        var byName = pretty.devices().stream().collect(Collectors.toMap(f -> f.name, Function.identity()));
        assertThat(byName.get("vnet0").kind).isEqualTo(DeviceKind.TAP);
        assertThat(byName.get("br0").bridgeStp).isFalse();
        assertThat(byName.get("macvtap0").parent).isEqualTo("veth0");
    }

    @Test
    void statsGiveEachDevicesCountersAndNoneWithoutThem() throws ParseException {
        var byName = parse("ip-j-p-d-s-link.json").devices().stream()
                .collect(Collectors.toMap(f -> f.name, Function.identity()));
        assertThat(byName.get("br0").stats).isEqualTo(new io.patchbay.model.TrafficCounters(976, 14, 0, 0, 884, 10, 0, 0));
        assertThat(byName.get("veth0").stats).isEqualTo(new io.patchbay.model.TrafficCounters(1470, 17, 0, 0, 1172, 14, 0, 0));
        assertThat(parse("ip-j-d-link.json").devices()).allSatisfy(f -> assertThat(f.stats).isNull());
    }

    @Test
    void addrCaptureGivesAddressesAsLocalSlashPrefix() throws ParseException {
        Observation obs = parse("ip-j-addr.json");
        assertThat(dev(obs, "lo").addresses).containsExactly("127.0.0.1/8", "::1/128");
        assertThat(dev(obs, "br0").addresses).containsExactly("192.168.122.1/24", "fe80::5054:ff:feaa:1/64");
        assertThat(dev(obs, "veth0").addresses).contains("10.0.0.1/24");
        assertThat(dev(obs, "vnet0").addresses).isEmpty();
        // without -d there is no linkinfo: only the loopback kind is certain
        assertThat(dev(obs, "br0").kind).isNull();
        assertThat(dev(obs, "lo").kind).isEqualTo(DeviceKind.LOOPBACK);
        assertThat(dev(obs, "br0").mac).isEqualTo("52:54:00:aa:00:01");
    }

    @Test
    void detailedAddrCaptureHasBothKindsAndAddresses() throws ParseException {
        Observation obs = parse("ip-j-d-addr.json");
        assertThat(dev(obs, "br0").kind).isEqualTo(DeviceKind.BRIDGE);
        assertThat(dev(obs, "br0").addresses).contains("192.168.122.1/24");
        assertThat(dev(obs, "vnet0").kind).isEqualTo(DeviceKind.TAP);
    }

    @Test
    void bondAndSlavesFromTheCorpusHost() throws ParseException {
        Observation obs = parse("bond-vlan-transcribed-ip-j-d-link.json");
        DeviceFacts bond0 = dev(obs, "bond0");
        assertThat(bond0.kind).isEqualTo(DeviceKind.BOND);
        assertThat(bond0.bondMode).isEqualTo("active-backup");
        assertThat(bond0.bondActiveSlave).isEqualTo("enp1s0");
        DeviceFacts enp1s0 = dev(obs, "enp1s0");
        assertThat(enp1s0.kind).as("a bond slave without linkinfo kind may be a NIC or not").isNull();
        assertThat(enp1s0.master).isEqualTo("bond0");
        assertThat(enp1s0.slaveKind).isEqualTo("bond_slave");
        assertThat(enp1s0.slaveState).isEqualTo("ACTIVE");
        assertThat(enp1s0.slaveMii).isEqualTo("UP");
        assertThat(enp1s0.permanentMac).isEqualTo("52:54:00:36:37:ea");
        DeviceFacts enp2s0 = dev(obs, "enp2s0");
        assertThat(enp2s0.slaveState).isEqualTo("BACKUP");
        assertThat(enp2s0.permanentMac).isEqualTo("52:54:00:c9:b9:47");
        assertThat(enp2s0.mac).isEqualTo("52:54:00:36:37:ea");
        DeviceFacts vlan = dev(obs, "bond0.57");
        assertThat(vlan.kind).isEqualTo(DeviceKind.VLAN);
        assertThat(vlan.vlanId).isEqualTo(57);
        assertThat(vlan.vlanProtocol).isEqualTo("802.1Q");
        assertThat(vlan.parent).isEqualTo("bond0");
    }

    @Test
    void truncatedOutputNamesLineAndColumn() {
        String text = TestCaptures.read("json/ip-j-p-d-s-link.json");
        String truncated = text.substring(0, text.indexOf("\"ifname\": \"vnet0\""));
        int expectedLine = (int) truncated.chars().filter(ch -> ch == '\n').count() + 1;
        assertThatThrownBy(() -> parser.parse(truncated, "capture cut.json"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture cut.json, line " + expectedLine + ": malformed JSON at column")
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(expectedLine));
    }

    @Test
    void deviceWithoutNameIsRefused() {
        String text = TestCaptures.read("json/ip-j-d-link.json").replace("\"ifname\":\"br0\",", "");
        assertThatThrownBy(() -> parser.parse(text, "capture noname.json"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("capture noname.json, line 1: expected a device name (\"ifname\")")
                .hasMessageContaining("column");
    }

    @Test
    void wrongTypeNamesTheField() {
        String text = TestCaptures.read("json/ip-j-d-link.json").replaceFirst("\"mtu\":1500", "\"mtu\":\"1500\"");
        assertThatThrownBy(() -> parser.parse(text, "capture x"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("expected an integer for \"mtu\"")
                .hasMessageContaining("found '\"1500\"'");
    }

    @Test
    void numberTooBigForAnIntegerIsAClearError() {
        String text = TestCaptures.read("json/ip-j-d-link.json").replaceFirst("\"mtu\":1500", "\"mtu\":99999999999");
        assertThatThrownBy(() -> parser.parse(text, "capture x"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("\"mtu\" that fits 32 bits");
    }

    @Test
    void objectInsteadOfArrayIsRefused() {
        assertThatThrownBy(() -> parser.parse("{\"ifname\":\"lo\"}", "capture obj.json"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture obj.json, line 1: expected a JSON array of devices (output of ip -j link show"
                        + " or ip -j addr show) at column 1, found '{'");
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> parser.parse("", "capture empty"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("found 'end of input'");
    }

    @Test
    void trailingTextIsRefused() {
        String text = TestCaptures.read("json/ip-j-addr.json").trim() + "\nRTNETLINK answers: oops\n";
        assertThatThrownBy(() -> parser.parse(text, "capture tail"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void emptyObjectsOfOldFilteredOutputAreSkipped() throws ParseException {
        String text = "[{}," + TestCaptures.read("json/ip-j-addr.json").trim().substring(1);
        Observation obs = parser.parse(text, "capture old");
        assertThat(obs.devices()).extracting(f -> f.name).startsWith("lo", "br0");
        assertThat(obs.warnings()).isEmpty();
    }

    @Test
    void duplicateDeviceKeepsTheFirstWithAWarning() throws ParseException {
        String one = TestCaptures.read("json/ip-j-addr.json").trim();
        String body = one.substring(1, one.length() - 1);
        Observation obs = parser.parse("[" + body + "," + body + "]", "capture twice");
        assertThat(obs.devices()).hasSize(8);
        assertThat(obs.warnings()).hasSize(8).first().asString()
                .isEqualTo("capture twice, line 1: device lo appears twice; the first is kept");
    }

    @Test
    void deeplyNestedHostileInputIsAParseErrorNotAStackOverflow() {
        String deep = "[{\"ifname\":\"x\",\"junk\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}]";
        assertThatThrownBy(() -> parser.parse(deep, "capture deep"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("capture deep, line 1: malformed JSON");
    }

    @Test
    void fastMacCheckAgreesWithTheModel() {
        for (String s : new String[] {"52:54:00:AA:00:01", "fe:54:00:12:34:56", "aa:ss:bb:ff:ee:mm", "52:54:00:aa:00",
                "52-54-00-aa-00-01", "52:54:00:aa:00:011", "00:00:00:00:00:00", ":52:54:00:aa:00:0", "g2:54:00:aa:00:01"}) {
            assertThat(IpJsonParser.normalizeMac(s)).as(s).isEqualTo(io.patchbay.model.MacAddresses.normalize(s));
        }
    }
}
