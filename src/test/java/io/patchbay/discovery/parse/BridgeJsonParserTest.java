package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.model.DeviceKind;
import io.patchbay.testsupport.TestCaptures;
import org.junit.jupiter.api.Test;

class BridgeJsonParserTest {
    private final BridgeJsonParser parser = new BridgeJsonParser();

    @Test
    void portsAndTheirBridge() throws ParseException {
        Observation obs = parser.parse(TestCaptures.read("json/bridge-j-link.json"), "capture bridge-j-link.json");
        assertThat(obs.devices()).extracting(f -> f.name).containsExactly("veth1", "br0", "vnet0");
        DeviceFacts br0 = obs.device("br0");
        assertThat(br0.kind).isEqualTo(DeviceKind.BRIDGE);
        assertThat(br0.bridgePorts).containsExactly("veth1", "vnet0");
        DeviceFacts vnet0 = obs.device("vnet0");
        assertThat(vnet0.master).isEqualTo("br0");
        assertThat(vnet0.ifindex).isEqualTo(5);
        assertThat(vnet0.mtu).isEqualTo(1500);
        assertThat(vnet0.carrier).isFalse();
        assertThat(vnet0.state).as("the port's STP state is not its operstate").isNull();
        assertThat(obs.device("veth1").carrier).isTrue();
        assertThat(obs.warnings()).isEmpty();
    }

    @Test
    void noPortsIsAnEmptyObservation() throws ParseException {
        assertThat(parser.parse("[]\n", "capture none").devices()).isEmpty();
    }

    @Test
    void portWithoutNameIsRefused() {
        String text = TestCaptures.read("json/bridge-j-link.json").replace("\"ifname\":\"vnet0\",", "");
        assertThatThrownBy(() -> parser.parse(text, "capture b"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture b, line 1: expected a port name (\"ifname\") in the object starting at column");
    }

    @Test
    void brokenJsonIsRefusedWithItsPlace() {
        String text = TestCaptures.read("json/bridge-j-link.json");
        assertThatThrownBy(() -> parser.parse(text.substring(0, 60), "capture b"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture b, line 1: malformed JSON at column");
    }
}
