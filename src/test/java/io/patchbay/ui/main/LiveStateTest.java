package io.patchbay.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.problems.Finding;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.problems.ProblemRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's state follows every host's snapshot with its problems: reading, adding and removing hosts. */
class LiveStateTest {
    private final MainViewModel vm = new MainViewModel(BackgroundTasks.inline());

    /** A host read through libvirt alone, with a running VM whose vNIC uses vm-b's MAC of the problems capture. */
    private static HostSource otherHost() {
        return new HostSource() {
            @Override
            public String describe() {
                return "hand-built kvm-b";
            }

            @Override
            public HostTopology refresh() {
                Vnic v = new Vnic("52:54:00:aa:00:02", "network", "default", null, "virtio", null, "up", null, null,
                        null, "both");
                return new HostTopology("kvm-b", List.of("libvirt"), List.of(), List.of(),
                        List.of(new Vm("app1", null, "running", 3, true, List.of(v), "libvirt")), List.of());
            }
        };
    }

    @Test
    void problemsAreComputedAgainWhenAHostIsReadAddedOrRemoved() {
        HostEntry capture = vm.openCapture(List.of(TestCaptures.path("problems")));
        assertThat(capture.statusProperty().get()).isEqualTo(HostEntry.Status.READY);
        assertThat(vm.problems().countProperty().get()).isEqualTo(5);
        String captureHost = capture.topologyProperty().get().name();

        HostEntry other = vm.hosts().add("kvm-b", HostEntry.Kind.LIBVIRT, LiveStateTest::otherHost);
        // vm-b runs on the capture host and app1 on kvm-b with the same MAC: a problem of each host
        assertThat(vm.problems().countProperty().get()).isEqualTo(7);
        assertThat(vm.problems().rows()).filteredOn(r -> r.problem().finding() == Finding.DUPLICATE_MAC_ACROSS_HOSTS)
                .extracting(ProblemRow::host).containsExactlyInAnyOrder(captureHost, "kvm-b");

        vm.hosts().remove(capture);
        assertThat(vm.problems().countProperty().get()).isZero();
        vm.hosts().remove(other);
        assertThat(vm.problems().rows()).isEmpty();
    }
}
