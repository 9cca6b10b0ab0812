package io.patchbay.model;

import static io.patchbay.model.DeviceKind.BOND;
import static io.patchbay.model.DeviceKind.BRIDGE;
import static io.patchbay.model.DeviceKind.MACVTAP;
import static io.patchbay.model.DeviceKind.NIC;
import static io.patchbay.model.DeviceKind.OVS;
import static io.patchbay.model.DeviceKind.TAP;
import static io.patchbay.model.DeviceKind.TUNNEL;
import static io.patchbay.model.DeviceKind.VLAN;
import static io.patchbay.model.DeviceKind.VXLAN;
import static io.patchbay.model.DeviceKind.WIRELESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeviceKindTest {
    private static Set<DeviceKind> having(Predicate<DeviceKind> capability) {
        return Arrays.stream(DeviceKind.values()).filter(capability)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeviceKind.class)));
    }

    @Test
    void theSwitchesAreTheLinuxBridgeAndOpenVSwitch() {
        assertThat(having(DeviceKind::isSwitch)).containsExactlyInAnyOrder(BRIDGE, OVS);
    }

    @Test
    void onlySwitchesTagTheirPorts() {
        assertThat(having(DeviceKind::tagsPorts)).containsExactlyInAnyOrder(BRIDGE, OVS)
                .allMatch(DeviceKind::isSwitch);
    }

    @Test
    void hardwareIsNicsAndWirelessCards() {
        assertThat(having(DeviceKind::isPhysical)).containsExactlyInAnyOrder(NIC, WIRELESS);
    }

    @Test
    void thePathsToTheWireAreHardwareAndWhatSitsDirectlyOnIt() {
        assertThat(having(DeviceKind::leadsToWire)).containsExactlyInAnyOrder(NIC, WIRELESS, BOND, VLAN)
                .containsAll(having(DeviceKind::isPhysical));
    }

    @Test
    void theGuestSideDevicesAreTapsAndMacvtaps() {
        assertThat(having(DeviceKind::isGuestSide)).containsExactlyInAnyOrder(TAP, MACVTAP);
    }

    @Test
    void theTunnelsAreVxlanAndTheOtherIpTunnels() {
        assertThat(having(DeviceKind::isTunnel)).containsExactlyInAnyOrder(VXLAN, TUNNEL);
    }

    @Test
    void aDeviceIsAtMostOneOfSwitchHardwareGuestSideAndTunnel() {
        for (DeviceKind k : DeviceKind.values()) {
            long roles = java.util.stream.Stream.of(k.isSwitch(), k.isPhysical(), k.isGuestSide(), k.isTunnel())
                    .filter(Boolean::booleanValue).count();
            assertThat(roles).as(k.name()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void wireNamesAreLowerCaseAndReadBack() {
        for (DeviceKind k : DeviceKind.values()) {
            assertThat(k.wireName()).isEqualTo(k.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(DeviceKind.fromWireName(k.wireName())).isSameAs(k);
        }
        assertThat(DeviceKind.fromWireName("OVS")).isSameAs(OVS);
        assertThatThrownBy(() -> DeviceKind.fromWireName("switch")).isInstanceOf(IllegalArgumentException.class);
    }
}
