package io.patchbay.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterfaceTypeTest {
    @Test
    void bridgeAndNetworkAreTheTypesAChangeActsOn() {
        assertThat(InterfaceType.of("bridge")).contains(InterfaceType.BRIDGE);
        assertThat(InterfaceType.of("network")).contains(InterfaceType.NETWORK);
        assertThat(InterfaceType.BRIDGE.xmlName()).isEqualTo("bridge");
        assertThat(InterfaceType.NETWORK.xmlName()).isEqualTo("network");
    }

    @Test
    void everyOtherTypeIsNone() {
        for (String other : new String[] {"direct", "hostdev", "user", "ethernet", "vhostuser", "", "Bridge", null}) {
            assertThat(InterfaceType.of(other)).as(String.valueOf(other)).isEqualTo(Optional.empty());
        }
    }
}
