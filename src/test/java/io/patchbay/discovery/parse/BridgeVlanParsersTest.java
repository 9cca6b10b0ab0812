package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.testsupport.TestCaptures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bridge vlan show} in its JSON forms (iproute2 6.x array, 4.x object) and its text forms. */
class BridgeVlanParsersTest {
    private static final String DIR = "vlan-bridge/";

    private static Observation parse(String file) throws ParseException {
        String text = TestCaptures.read(DIR + file);
        OutputParser p = file.endsWith(".json") ? new BridgeVlanJsonParser() : new BridgeVlanTextParser();
        return p.parse(text, "capture " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridge-j-vlan.json", "bridge-j-vlan-iproute2-4.json", "bridge-d-vlan-show.txt",
            "bridge-vlan-show-iproute2-4.txt"})
    void everyFormGivesEachPortsPvidUntaggedAndTagged(String file) throws ParseException {
        Observation obs = parse(file);
        DeviceFacts vnet0 = obs.device("vnet0");
        assertThat(vnet0.portPvid).isEqualTo(100);
        assertThat(vnet0.portUntagged).containsExactly(100);
        assertThat(vnet0.portTagged).isEmpty();
        DeviceFacts vnet1 = obs.device("vnet1");
        assertThat(vnet1.portPvid).isEqualTo(10);
        assertThat(vnet1.portUntagged).containsExactly(10);
        assertThat(vnet1.portTagged).as("the range 200-202 is each of its ids").containsExactly(200, 201, 202, 300);
        assertThat(obs.device("br0").portPvid).isEqualTo(1);
        assertThat(vnet1.master).as("bridge vlan show does not name the bridge").isNull();
        assertThat(obs.warnings()).isEmpty();
    }

    @Test
    void aKernelWithoutVlanFilteringSaysNothing() throws ParseException {
        assertThat(new BridgeVlanJsonParser().parse("[]\n", "ssh h [bridge-vlan-json]").devices()).isEmpty();
        assertThat(new BridgeVlanTextParser().parse("port              vlan-id  \n", "c").devices()).isEmpty();
        assertThat(new BridgeVlanTextParser().parse("Error: Unknown device type.\n", "c").devices()).isEmpty();
        assertThat(new BridgeVlanTextParser().parse("RTNETLINK answers: Operation not supported\n", "c").devices())
                .isEmpty();
    }

    @Test
    void aVlanIdOutsideOneTo4094IsRefusedWithItsPlace() {
        assertThatThrownBy(() -> new BridgeVlanJsonParser().parse("[{\"ifname\":\"eth0\",\"vlans\":[{\"vlan\":4095}]}]",
                "capture v.json"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture v.json, line 1: expected VLAN ids from 1 to 4094 (found 4095)");
        assertThatThrownBy(() -> new BridgeVlanTextParser().parse("port  vlan-id\neth0  20-10\n", "capture v.txt"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture v.txt, line 2: expected a VLAN range whose end is not below its start, found '20-10'");
    }

    @Test
    void brokenInputIsRefusedNamingWhatWasExpected() {
        assertThatThrownBy(() -> new BridgeVlanJsonParser().parse("[{\"vlans\":[]}]", "capture v.json"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture v.json, line 1: expected a port name (\"ifname\")");
        assertThatThrownBy(() -> new BridgeVlanJsonParser().parse("[{\"ifname\":\"eth0\",\"vlans\":[{\"flags\":[]}]}]",
                "capture v.json"))
                .hasMessageStartingWith("capture v.json, line 1: expected a VLAN id (\"vlan\")");
        assertThatThrownBy(() -> new BridgeVlanTextParser().parse("port  vlan-id\neth0  PVID\n", "capture v.txt"))
                .hasMessageStartingWith("capture v.txt, line 2: expected a VLAN like '100'");
        assertThatThrownBy(() -> new BridgeVlanTextParser().parse("port  vlan-id\n   100\n", "capture v.txt"))
                .hasMessage("capture v.txt, line 2: expected a port name before its VLANs, found '   100'");
        assertThatThrownBy(() -> new BridgeVlanTextParser().parse("bridge name  bridge id\n", "capture v.txt"))
                .hasMessageStartingWith("capture v.txt, line 1: expected the bridge vlan show header");
    }

    @Test
    void aPortListedTwiceKeepsTheFirstAndWarns() throws ParseException {
        Observation obs = new BridgeVlanJsonParser().parse("[{\"ifname\":\"eth0\",\"vlans\":[{\"vlan\":5,\"flags\":[\"PVID\"]}]},"
                + "{\"ifname\":\"eth0\",\"vlans\":[{\"vlan\":6}]}]", "capture v.json");
        assertThat(obs.device("eth0").portPvid).isEqualTo(5);
        assertThat(obs.device("eth0").portTagged).isEqualTo(List.of(5));
        assertThat(obs.warnings()).singleElement().asString().contains("port eth0 appears twice");
    }
}
