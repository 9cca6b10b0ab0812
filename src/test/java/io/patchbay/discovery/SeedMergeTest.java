package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.testsupport.Shared;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's two captures, taken at different moments, merge into one correct picture. */
class SeedMergeTest {
    private static HostTopology host;

    @BeforeAll
    static void read() throws PatchbayException {
        host = new CaptureSource(null, List.of(Shared.seed("rhev-host-01.ip-addr-show.txt"),
                Shared.seed("rhev-host-01.brctl-show.txt"))).refresh();
    }

    private static Device dev(String name) {
        return host.device(name).orElseThrow(() -> new AssertionError("no device " + name + " in " + host.devices()));
    }

    @Test
    void hostIsNamedAfterTheCapture() {
        assertThat(host.name()).isEqualTo("rhev-host-01");
        assertThat(host.sources()).containsExactly("capture");
    }

    @Test
    void ovirtmgmtIsTheBridgeWithPortsAddressAndEth0sMac() {
        Device br = dev("ovirtmgmt");
        assertThat(br.kind()).isEqualTo(DeviceKind.BRIDGE);
        assertThat(br.bridge().stp()).isFalse();
        assertThat(br.bridge().id()).isEqualTo("8000.e41f13b7fdd4");
        assertThat(br.bridge().ports()).containsExactlyInAnyOrder("vnet000", "vnet001", "vnet002", "eth0");
        assertThat(br.addresses()).contains("10.64.32.134/23");
        assertThat(br.mac()).isEqualTo("00:21:86:a2:85:cd").isEqualTo(dev("eth0").mac());
        assertThat(br.provenance().get("bridge.stp")).contains("brctl-show");
        assertThat(br.provenance().get("mac")).contains("ip-addr-show");
    }

    @Test
    void vnetsSeenOnlyInBrctlStillAppearAsVnicTapsOfTheBridge() {
        for (String v : List.of("vnet000", "vnet001", "vnet002")) {
            Device d = dev(v);
            assertThat(d.kind()).isEqualTo(DeviceKind.TAP);
            assertThat(d.vnicTap()).isTrue();
            assertThat(d.master()).isEqualTo("ovirtmgmt");
            assertThat(d.mac()).as("no source knows it").isNull();
            assertThat(host.links()).contains(new Link(v, "ovirtmgmt", LinkKind.PORT));
        }
    }

    @Test
    void bondsWithoutSlavesLoopbackWirelessAndNic() {
        for (String b : List.of("bond0", "bond1", "bond2", "bond3", "bond4")) {
            Device d = dev(b);
            assertThat(d.kind()).isEqualTo(DeviceKind.BOND);
            assertThat(d.bond().slaves()).isEmpty();
            assertThat(d.state()).isEqualTo(io.patchbay.model.LinkState.DOWN);
        }
        assertThat(dev("lo").kind()).isEqualTo(DeviceKind.LOOPBACK);
        assertThat(dev("lo").mtu()).isEqualTo(16436);
        assertThat(dev("wlan0").kind()).isEqualTo(DeviceKind.WIRELESS);
        assertThat(dev("wlan0").carrier()).isFalse();
        assertThat(dev("eth0").kind()).isEqualTo(DeviceKind.NIC);
        assertThat(dev("eth0").master()).isEqualTo("ovirtmgmt");
        assertThat(dev("eth0").addresses()).containsExactly("fe80::221:86ff:fea2:85cd/64");
        assertThat(host.device(";vdsmdummy;")).isPresent();
        assertThat(host.links()).contains(new Link("eth0", "ovirtmgmt", LinkKind.PORT));
    }

    @Test
    void everyDeviceOnceAndNothingInvented() {
        assertThat(host.devices()).extracting(Device::name).doesNotHaveDuplicates().hasSize(13);
        assertThat(host.vms()).isEmpty();
    }
}
