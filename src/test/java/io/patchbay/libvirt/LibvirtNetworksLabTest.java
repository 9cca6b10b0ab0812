package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.local.LocalSource;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.NetworkInfo;
import io.patchbay.testsupport.Lab;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lab's real libvirt networks (pbnet1: forward mode bridge over pbbr1; the DHCP network over
 * pbbr2, isolated with a DHCP range) read through the real libvirtd and joined to this machine's
 * devices: each network is a node linked to its bridge.
 */
@Tag("lab")
class LibvirtNetworksLabTest {
    private static final Lab LAB = Lab.load();

    @Test
    void theLabsNetworksAreNodesLinkedToTheirBridges() throws Exception {
        try (LibvirtSource source = LibvirtSource.lazy(null, LAB.libvirtUri(), LibvirtOptions.defaults(),
                new LocalSource("this computer", Duration.ofSeconds(20)))) {
            HostTopology h = source.refresh();
            Device bridged = h.device(Device.nodeName(LAB.libvirtNetwork())).orElseThrow();
            assertThat(bridged.kind()).isEqualTo(DeviceKind.NETWORK);
            assertThat(bridged.network().forwardMode()).isEqualTo("bridge");
            assertThat(h.links()).contains(new Link(bridged.name(), "pbbr1", LinkKind.NETWORK));

            NetworkInfo dhcp = h.device(Device.nodeName(LAB.dhcpNetwork())).orElseThrow().network();
            assertThat(dhcp.forwardMode()).isNull(); // no <forward>: isolated
            assertThat(dhcp.bridge()).isEqualTo(LAB.dhcpBridge());
            assertThat(dhcp.addresses()).containsExactly("198.51.100.1/24");
            assertThat(dhcp.dhcpRanges()).containsExactly("198.51.100.100-198.51.100.200");
            assertThat(h.links()).contains(new Link(Device.nodeName(LAB.dhcpNetwork()), LAB.dhcpBridge(),
                    LinkKind.NETWORK));
        }
    }
}
