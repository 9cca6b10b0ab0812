package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The fault matrix's "libvirtd restarted mid-plan", on a libvirtd of this test's own
 * ({@link PrivateLibvirtd}; the lab's shared daemon is never restarted): a move whose live step is
 * done when the daemon restarts either completes after a reconnect or is rolled back, and what it
 * reports matches the host (virsh of that daemon, {@code bridge -j link}).
 */
@Tag("lab")
class LibvirtdRestartFaultLabTest {
    private static final String VM = "pbfault-lv-vm";
    private static final String NIC = "52:54:00:fb:0a:01";
    private static final String TAP = "pbfltap0";
    private static final String DOMAIN = "<domain type='qemu'><name>" + VM + "</name><memory unit='MiB'>64</memory>"
            + "<vcpu>1</vcpu><os><type arch='x86_64' machine='q35'>hvm</type></os><features><acpi/></features>"
            + "<devices><controller type='pci' index='0' model='pcie-root'/>"
            + "<controller type='pci' index='1' model='pcie-root-port'/>"
            + "<controller type='pci' index='2' model='pcie-root-port'/>"
            + "<interface type='bridge'><mac address='" + NIC + "'/><source bridge='pbbr0'/><target dev='" + TAP + "'/>"
            + "<model type='virtio'/></interface></devices></domain>";

    @TempDir
    Path home;
    private PrivateLibvirtd daemon;

    @BeforeEach
    void up() throws Exception {
        daemon = PrivateLibvirtd.start(home.resolve("lv"));
        Path xml = home.resolve("vm.xml");
        Files.writeString(xml, DOMAIN);
        daemon.virsh("define", xml.toString());
        daemon.virsh("start", VM);
    }

    @AfterEach
    void down() {
        if (daemon != null) {
            daemon.close();
        }
    }

    private Element iface(boolean inactive) {
        List<String> argv = inactive ? List.of("dumpxml", VM, "--inactive") : List.of("dumpxml", VM);
        String xml = String.join("\n", daemon.virsh(argv.toArray(String[]::new)));
        return DeviceXml.interfaceByMac(DeviceXml.parse(xml, VM), NIC);
    }

    @Test
    void libvirtdRestartedMidMoveIsReconnectedOrRolledBackAndTheReportMatchesTheHost() throws Exception {
        assertThat(LabHost.bridgePorts()).containsEntry(TAP, "pbbr0");
        try (LibvirtDomainDevices devices = new LibvirtDomainDevices(daemon.uri(), null)) {
            VnicService service = new VnicService(devices, "lab", List.of(), null, null, new Journal(home),
                    (index, step) -> {
                        if (index == 1) { // the live move is done; the daemon restarts before the persistent one
                            daemon.stopDaemon();
                            daemon.startDaemon();
                        }
                    });
            Plan plan = service.plan(new VnicIntent.Move(VM, NIC, "pbbr1", ScopeRequest.DEFAULT), false);
            assertThat(plan.steps()).hasSize(2);

            long start = System.nanoTime();
            Outcome o = service.apply(plan);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            System.out.println("fault matrix: libvirtd restarted mid-plan: " + o.state() + ", exit " + io.patchbay.cli.ExitCodes.of(o)
                    + " in " + took.toMillis() + " ms: " + o.message() + " events " + o.events());
            assertThat(took).isLessThan(Duration.ofSeconds(40));
            String bridge = o.ok() ? "pbbr1" : "pbbr0";
            if (!o.ok()) {
                assertThat(o.state()).as(o.message()).isEqualTo(PlanState.ROLLED_BACK);
                assertThat(o.message()).contains("is as before");
                assertThat(io.patchbay.cli.ExitCodes.of(o)).isEqualTo(5);
            }
            assertThat(DeviceXml.sourceOf(iface(false))).as("live").isEqualTo(bridge);
            assertThat(DeviceXml.sourceOf(iface(true))).as("persistent").isEqualTo(bridge);
            assertThat(LabHost.bridgePorts()).containsEntry(TAP, bridge);
            assertThat(new Journal(home).read().entries()).singleElement()
                    .satisfies(e -> assertThat(e.result()).isEqualTo(o.state().name()));
        }
    }
}
