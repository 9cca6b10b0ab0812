package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.cli.PatchbayCommand;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacRange;
import io.patchbay.testsupport.Lab;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Faults between preview and apply, and during a plan, on a VM of this test's own (a persistent
 * TCG domain without OS, so that it can be destroyed without disturbing the lab's guests): the
 * bridge deleted, the VM shut off, the VM destroyed during a move, the journal's disk full. Each
 * is checked on the host itself ({@code virsh dumpxml}, {@code bridge -j link}) and in the pools
 * file.
 */
@Tag("lab")
class VnicFaultLabTest {
    private static final String VM = "pbfault-vm";
    private static final String NIC = "52:54:00:fb:09:01";
    private static final String POOL_MAC = "52:54:00:fb:09:02";
    private static final String BRIDGE = "pbfaultbr";
    private static final String DOMAIN = "<domain type='qemu'><name>" + VM + "</name><memory unit='MiB'>64</memory>"
            + "<vcpu>1</vcpu><os><type arch='x86_64' machine='q35'>hvm</type></os><features><acpi/></features>"
            + "<devices><controller type='pci' index='0' model='pcie-root'/>"
            + "<controller type='pci' index='1' model='pcie-root-port'/>"
            + "<controller type='pci' index='2' model='pcie-root-port'/>"
            + "<controller type='pci' index='3' model='pcie-root-port'/>"
            + "<controller type='pci' index='4' model='pcie-root-port'/>"
            + "<controller type='pci' index='5' model='pcie-root-port'/>"
            + "<controller type='pci' index='6' model='pcie-root-port'/>"
            + "<interface type='bridge'><mac address='" + NIC + "'/><source bridge='pbbr0'/><model type='virtio'/></interface>"
            + "</devices></domain>";
    private static final Duration T = Duration.ofSeconds(30);
    /** A plan's apply, including its rollback, ends within this. */
    private static final Duration APPLY_BOUND = Duration.ofSeconds(20);

    @TempDir
    Path home;
    private LibvirtDomainDevices devices;
    private LocalSource local;
    private MacPoolStore pools;

    @BeforeEach
    void up() throws Exception {
        removeVm();
        removeBridge();
        Path xml = home.resolve("vm.xml");
        Files.writeString(xml, DOMAIN);
        virsh("define", xml.toString());
        virsh("start", VM);
        local = new LocalSource("lab", T);
        // the host's bridges as the CLI reads them beside libvirt: this machine, read now
        devices = new LibvirtDomainDevices(Lab.load().libvirtUri(), () -> {
            try {
                return HostTapVerifier.bridges(local);
            } catch (PatchbayException e) {
                throw new IllegalStateException(e);
            }
        });
        pools = new MacPoolStore(home.resolve("pools"));
        pools.update((p, r) -> {
            p.add(new MacPool("fault", List.of(MacRange.parse(POOL_MAC + "-" + POOL_MAC)), false));
            return null;
        });
    }

    @AfterEach
    void down() {
        if (devices != null) {
            devices.close();
        }
        removeVm();
        removeBridge();
    }

    private static List<String> virsh(String... args) {
        return Lab.load().virsh(T, args);
    }

    private static void removeVm() {
        List<String> all = virsh("list", "--all", "--name");
        if (virsh("list", "--name").contains(VM)) {
            virsh("destroy", VM);
        }
        if (all.contains(VM)) {
            virsh("undefine", VM);
        }
    }

    private static void removeBridge() {
        if (Files.exists(Path.of("/sys/class/net", BRIDGE))) {
            Lab.runCommand(T, "ip", "link", "del", "dev", BRIDGE);
        }
    }

    private VnicService service(Journal journal, Executor.StepHook hook) {
        return new VnicService(devices, "lab", List.of(), new PoolMacSupply(pools), new HostTapVerifier(local), journal, hook);
    }

    private MacPool pool() throws Exception {
        return pools.read().get("fault", new Random());
    }

    private static Outcome timed(VnicService s, Plan plan) throws Exception {
        long start = System.nanoTime();
        Outcome o = s.apply(plan);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("apply with rollback").isLessThan(APPLY_BOUND);
        return o;
    }

    @Test
    void aBridgeDeletedBetweenPreviewAndApplyAttachesNothingAndReleasesThePoolMac() throws Exception {
        Lab.runCommand(T, "ip", "link", "add", "name", BRIDGE, "type", "bridge");
        Lab.runCommand(T, "ip", "link", "set", "dev", BRIDGE, "up");
        Map<String, String> portsBefore = LabHost.bridgePorts();
        VnicService s = service(new Journal(home), null);
        Plan plan = s.plan(new VnicIntent.Add(VM, "bridge", BRIDGE, null, "fault", "virtio", ScopeRequest.DEFAULT), false);
        assertThat(plan.mac()).isEqualTo(POOL_MAC);
        assertThat(pool().pendingCount()).as("reserved while the plan is open").isEqualTo(1);

        removeBridge();
        Outcome o = timed(s, plan);

        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.ROLLED_BACK);
        System.out.println("fault matrix: bridge deleted: exit " + io.patchbay.cli.ExitCodes.of(o) + ": " + o.message());
        assertThat(o.message()).startsWith("step 1 of 2 (attachDeviceFlags(xml, AFFECT_LIVE=1)) failed: bridge '"
                        + BRIDGE + "' no longer exists on host lab (it was deleted after the plan was made)")
                .contains("nothing had been applied, VM " + VM + " is as before")
                .endsWith("MAC " + POOL_MAC + " was released to pool fault");
        assertThat(o.reason()).isEqualTo(io.patchbay.core.PatchbayException.Reason.NOT_FOUND);
        assertThat(io.patchbay.cli.ExitCodes.of(o)).isEqualTo(3);
        assertThat(LabHost.iface(VM, false, POOL_MAC)).isNull();
        assertThat(LabHost.iface(VM, true, POOL_MAC)).isNull();
        assertThat(LabHost.bridgePorts()).isEqualTo(portsBefore);
        assertThat(pool().pendingCount()).isZero();
        assertThat(pool().allocatedCount()).as("no MAC leaked").isZero();
        assertThat(new Journal(home).read().entries()).singleElement()
                .satisfies(e -> assertThat(e.result()).isEqualTo("ROLLED_BACK"));
    }

    @Test
    void aVmShutOffBetweenPreviewAndApplyGetsNothingAndTheMacIsReleased() throws Exception {
        VnicService s = service(new Journal(home), null);
        Plan plan = s.plan(new VnicIntent.Add(VM, "bridge", "pbbr1", null, "fault", "virtio", ScopeRequest.DEFAULT), false);
        assertThat(plan.steps()).extracting(Step::flags).containsExactly(Step.LIVE, Step.CONFIG);

        virsh("destroy", VM);
        Outcome o = timed(s, plan);

        System.out.println("fault matrix: VM shut off: exit " + io.patchbay.cli.ExitCodes.of(o) + ": " + o.message());
        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.ROLLED_BACK);
        assertThat(o.message()).startsWith("step 1 of 2 (attachDeviceFlags(xml, AFFECT_LIVE=1)) failed: ")
                .contains("nothing had been applied").endsWith("MAC " + POOL_MAC + " was released to pool fault");
        assertThat(io.patchbay.cli.ExitCodes.of(o)).isNotZero();
        assertThat(LabHost.running(VM)).isFalse();
        assertThat(LabHost.iface(VM, true, POOL_MAC)).as("not half-applied to the persistent definition").isNull();
        assertThat(pool().pendingCount()).isZero();
        assertThat(pool().allocatedCount()).isZero();
    }

    @Test
    void aVmDestroyedDuringAMoveLeavesItsDefinitionOnTheOldBridge() throws Exception {
        VnicService s = service(new Journal(home), (index, step) -> {
            if (index == 1) { // the live move is done; the persistent one comes next
                virsh("destroy", VM);
            }
        });
        Plan plan = s.plan(new VnicIntent.Move(VM, NIC, "pbbr1", ScopeRequest.DEFAULT), false);
        assertThat(plan.steps()).hasSize(2);

        Outcome o = timed(s, plan);

        System.out.println("fault matrix: VM destroyed during a move: " + o.state() + ", exit " + io.patchbay.cli.ExitCodes.of(o) + ": "
                + o.message() + " events " + o.events());
        assertThat(o.ok()).isFalse();
        assertThat(io.patchbay.cli.ExitCodes.of(o)).isNotZero();
        assertThat(o.state()).isEqualTo(PlanState.ROLLED_BACK);
        assertThat(o.message()).startsWith("verify failed: VM " + VM + " is no longer running; rolled back 1 of 2 applied step(s); "
                + "the host no longer shows the effect of the other 1 (its undo failed: updateDeviceFlags(xml, AFFECT_LIVE=1)")
                .doesNotContain("is as before");
        assertThat(LabHost.running(VM)).isFalse();
        assertThat(DeviceXml.sourceOf(LabHost.iface(VM, true, NIC))).as("persistent definition as before").isEqualTo("pbbr0");
        assertThat(new Journal(home).read().entries()).singleElement()
                .satisfies(e -> assertThat(e.result()).isEqualTo(o.state().name()));
    }

    @Test
    void aFullDiskUnderTheJournalStillReportsTheChangeAndNamesTheJournal() throws Exception {
        Path full = Files.createDirectories(home.resolve("full"));
        Lab.runCommand(T, "mount", "-t", "tmpfs", "-o", "size=64k", "pbfault-full", full.toString());
        try {
            fill(full.resolve("filler"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = PatchbayCommand.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute("--home", full.toString(), "vnic", "link", "--libvirt", Lab.load().libvirtUri(),
                    "--vm", VM, "--mac", NIC, "--state", "down", "--config");
            System.out.println("fault matrix: journal disk full: exit " + code + "; out: " + out + "; err: " + err);
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("done: ").contains("the journal could not be written")
                    .contains("No space left on device");
            assertThat(err.toString()).startsWith("patchbay: warning: the journal could not be written: cannot write the journal "
                    + full.resolve(Journal.FILE)).contains("No space left on device");
            assertThat(DeviceXml.linkOf(LabHost.iface(VM, true, NIC))).as("the change happened").isEqualTo("down");
        } finally {
            Lab.runCommand(T, "umount", full.toString());
        }
    }

    /** Writes until the file system is full. */
    private static void fill(Path file) {
        byte[] block = new byte[4096];
        try (var os = Files.newOutputStream(file)) {
            for (int i = 0; i < 1024; i++) {
                os.write(block);
                os.flush();
            }
            throw new AssertionError("the 64 KiB tmpfs took 4 MiB");
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
    }
}
