package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.testsupport.Lab;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hotplug check on the live XML the lab's real libvirtd writes for its running q35 guests
 * (read only: the guests are not changed): every root port counted, the ones a device sits on used.
 */
@Tag("lab")
class HotplugSlotsLabTest {
    private static final Pattern ROOT_PORT = Pattern.compile("model='pcie-root-port'");
    private static final Pattern ON_ROOT_PORT = Pattern.compile("<address type='pci' domain='0x0000' bus='0x0*([1-9a-f][0-9a-f]*)'");

    @Test
    void theLabsRunningGuestsHaveRootPortsCountedAsLibvirtWroteThem() throws Exception {
        Lab lab = Lab.load();
        try (LibvirtDomainDevices devices = new LibvirtDomainDevices(lab.libvirtUri(), null)) {
            HostState h = devices.read("lab");
            int judged = 0;
            for (DomainState d : h.domains()) {
                if (!d.running() || d.liveXml() == null || !d.liveXml().contains("q35")) {
                    continue;
                }
                judged++;
                int ports = count(ROOT_PORT.matcher(d.liveXml()));
                java.util.Set<String> used = new java.util.HashSet<>();
                Matcher m = ON_ROOT_PORT.matcher(d.liveXml());
                while (m.find()) {
                    used.add(m.group(1));
                }
                HotplugSlots.Capacity c = HotplugSlots.of(DeviceXml.parse(d.liveXml(), d.name()));
                assertThat(c.pcie()).as(d.name()).isTrue();
                assertThat(c.ports()).as(d.name()).isEqualTo(ports).isPositive();
                assertThat(c.used()).as(d.name()).isEqualTo(used.size()).isPositive();
                assertThat(c.full()).as(d.name()).isEqualTo(used.size() >= ports);
            }
            assertThat(judged).as("running q35 guests in the lab").isPositive();
        }
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
