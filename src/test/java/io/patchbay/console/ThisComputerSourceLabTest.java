package io.patchbay.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.local.LocalSource;
import io.patchbay.libvirt.LibvirtOptions;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.testsupport.Lab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This computer's read with the lab's libvirtd answering, and with no daemon answering. */
@Tag("lab")
class ThisComputerSourceLabTest {
    private static final Lab LAB = Lab.load();
    @TempDir
    Path dir;

    private static ThisComputerSource source(List<String> uris) {
        return new ThisComputerSource(null, new LocalSource(null, Duration.ofSeconds(20)), uris, LibvirtOptions.defaults());
    }

    @Test
    void theFirstDaemonThatAnswersGivesTheVmsOnTheLocalDevices() throws Exception {
        String silent = "qemu:///system?socket=" + dir.resolve("none.sock");
        try (ThisComputerSource s = source(List.of(silent, LAB.libvirtUri()))) {
            HostTopology t = s.refresh();
            assertThat(s.problem()).isNull();
            assertThat(s.libvirtUri()).contains(LAB.libvirtUri());
            assertThat(t.vms()).extracting(Vm::name).containsAll(LAB.guests());
            assertThat(t.sources()).containsExactly("local", "libvirt");
            assertThat(t.devices()).anyMatch(d -> d.name().equals(LAB.bridges().get(0)));
            assertThat(t.machine().known()).as("the local read says which machine it is").isTrue();
            assertThat(MachineReaders.libvirtOf(s)).isPresent();
            assertThat(MachineReaders.devicesOf(s)).isInstanceOf(LocalSource.class);
        }
    }

    @Test
    void byDefaultTheSystemDaemonIsAskedFirst() throws Exception {
        // the witness: virsh on the same URI (the lab on CI runs the system daemon; privately elsewhere)
        List<String> systemVms;
        try {
            systemVms = Lab.runCommand(Duration.ofSeconds(20), "virsh", "-c", "qemu:///system", "list", "--all", "--name")
                    .stream().filter(l -> !l.isBlank()).toList();
        } catch (IllegalStateException noSystemDaemon) {
            systemVms = null;
        }
        try (ThisComputerSource s = source(ThisComputerSource.DEFAULT_URIS)) {
            HostTopology t = s.refresh();
            if (systemVms != null) {
                assertThat(s.libvirtUri()).contains("qemu:///system");
                assertThat(t.vms()).extracting(Vm::name).containsExactlyInAnyOrderElementsOf(systemVms);
            } else {
                assertThat(s.libvirtUri()).isNotEqualTo(java.util.Optional.of("qemu:///system"));
            }
        }
    }

    @Test
    void withoutADaemonTheDevicesAloneAndTheReason() throws Exception {
        try (ThisComputerSource s = source(List.of("qemu:///system?socket=" + dir.resolve("none.sock")))) {
            HostTopology t = s.refresh();
            assertThat(s.problem()).isEqualTo(LocalLibvirtProblem.NOT_RUNNING);
            assertThat(s.libvirtUri()).isEmpty();
            assertThat(t.vms()).isEmpty();
            assertThat(t.sources()).containsExactly("local");
            assertThat(t.devices()).anyMatch(d -> d.name().equals("lo"));
            // probed once per connection: a second read does not knock again
            assertThat(s.refresh().devices()).isNotEmpty();
            assertThat(MachineReaders.libvirtOf(s)).isEmpty();
        }
    }
}
