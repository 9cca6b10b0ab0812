package io.patchbay.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.PortVlan;
import io.patchbay.model.VnicVlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdgeVlanTextTest {
    private static GraphSubject device(String name, DeviceKind kind, PortVlan vlan) {
        return new GraphSubject.OfDevice("h", new Device(name, kind, null, null, null, null, null, List.of(), List.of(),
                null, null, null, null, null, null, null, false, Map.of(), vlan, null, List.of()));
    }

    @Test
    void anOvsAccessPortAndATrunkWithItsNativeVlan() {
        GraphSubject br = device("pbovs0", DeviceKind.OVS, null);
        assertThat(EdgeVlanText.of(device("vnet3", DeviceKind.TAP, PortVlan.ovs(100, List.of(), null)), br))
                .isEqualTo("100");
        assertThat(EdgeVlanText.of(br, device("vnet4", DeviceKind.TAP, PortVlan.ovs(null, List.of(200, 201), null))))
                .as("either order").isEqualTo("trunk 200,201");
        assertThat(EdgeVlanText.of(device("vnet5", DeviceKind.TAP, PortVlan.ovs(300, List.of(301, 302),
                "native-untagged")), br)).isEqualTo("trunk 301,302\nnative 300");
        assertThat(EdgeVlanText.of(device("vnet6", DeviceKind.TAP, null), br)).isNull();
    }

    @Test
    void aLinuxBridgePortAndALongTrunkIsCut() {
        GraphSubject br = device("br0", DeviceKind.BRIDGE, null);
        assertThat(EdgeVlanText.of(device("vnet0", DeviceKind.TAP, PortVlan.linux(100, List.of(100), List.of())), br))
                .isEqualTo("100");
        assertThat(EdgeVlanText.of(device("vnet1", DeviceKind.TAP, PortVlan.linux(10, List.of(10),
                List.of(200, 201, 202, 203, 204, 205, 206, 207))), br))
                .isEqualTo("trunk 200,201,202,203,… (8)\npvid 10");
    }

    @Test
    void aTaplessVnicShowsItsXmlVlan() {
        GraphSubject br = device("pbovs0", DeviceKind.OVS, null);
        io.patchbay.model.Vnic n = new io.patchbay.model.Vnic("52:54:00:aa:00:01", "bridge", "pbovs0", null, "virtio",
                null, null, null, null, null, null, new VnicVlan(List.of(100), false, null, null), "openvswitch", null,
                null);
        assertThat(EdgeVlanText.of(new GraphSubject.OfVnic("h", null, n), br)).isEqualTo("100");
    }

    @Test
    void onlyPortToSwitchEdgesAreLabelled() {
        GraphSubject tap = device("vnet3", DeviceKind.TAP, PortVlan.ovs(100, List.of(), null));
        assertThat(EdgeVlanText.of(tap, device("eth0", DeviceKind.NIC, null))).isNull();
        assertThat(EdgeVlanText.of(device("pbovs0", DeviceKind.OVS, null), device("pbovs1", DeviceKind.OVS, null))).isNull();
    }
}
