package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest that never acknowledges an unplug (no OS: the firmware finds nothing to boot): a live
 * remove waits up to its bound and then says "removal pending", truthfully, instead of "done".
 */
@Tag("lab")
class RemovalPendingLabTest {
    private static final String VM = "pbops-noos";
    private static final String MAC = "52:54:00:fb:03:01";
    /** A fixed test domain: TCG, q35 with hot-plug ports, no kernel and no disk, one vNIC on pbbr0. */
    private static final String DOMAIN = "<domain type='qemu'><name>" + VM + "</name><memory unit='MiB'>64</memory>"
            + "<vcpu>1</vcpu><os><type arch='x86_64' machine='q35'>hvm</type></os><features><acpi/></features>"
            + "<devices><controller type='pci' index='0' model='pcie-root'/>"
            + "<controller type='pci' index='1' model='pcie-root-port'/>"
            + "<controller type='pci' index='2' model='pcie-root-port'/>"
            + "<interface type='bridge'><mac address='" + MAC + "'/><source bridge='pbbr0'/><model type='virtio'/></interface>"
            + "</devices></domain>";
    private static final Duration T = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @AfterEach
    void destroy() {
        List<String> names = Lab.load().virsh(T, "list", "--name");
        if (names.contains(VM)) {
            Lab.load().virsh(T, "destroy", VM);
        }
    }

    @Test
    void aGuestThatNeverReleasesTheNicIsReportedAsRemovalPending() throws Exception {
        destroy();
        Path xml = home.resolve("noos.xml");
        Files.writeString(xml, DOMAIN);
        Lab.load().virsh(T, "create", xml.toString());
        try (LibvirtDomainDevices devices = new LibvirtDomainDevices(Lab.load().libvirtUri(), null)) {
            VnicService service = new VnicService(devices, "lab", List.of(), null, null, new Journal(home), null);
            Plan plan = service.plan(new VnicIntent.Remove(VM, MAC, ScopeRequest.DEFAULT, Duration.ofSeconds(1)), false);
            assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.flags()).isEqualTo(Step.LIVE));

            Outcome o = service.apply(plan);

            assertThat(o.state()).as(o.message()).isEqualTo(PlanState.APPLIED);
            assertThat(o.removalPending()).isTrue();
            assertThat(io.patchbay.cli.ExitCodes.of(o)).isEqualTo(1);
            assertThat(o.message()).startsWith("removal pending: VM " + VM + " has not released vNIC " + MAC);
            assertThat(LabHost.iface(VM, false, MAC)).as("the device is really still there").isNotNull();
            assertThat(new Journal(home).read().entries()).singleElement()
                    .satisfies(e -> assertThat(e.result()).isEqualTo("APPLIED"));
        }
    }
}
