package io.patchbay.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.problems.Finding;
import io.patchbay.problems.Severity;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The Problems pane's rows: computed from the snapshots, again when they change, duplicates across connected hosts. */
class ProblemsViewModelTest {
    private final ProblemsViewModel vm = new ProblemsViewModel(BackgroundTasks.inline(), Locale.ROOT);

    private static HostTopology problemHost() throws Exception {
        return new CaptureSource("problem-host", List.of(TestCaptures.path("problems"))).refresh();
    }

    /** A libvirt-read host with one running VM whose vNIC has {@code mac}. */
    private static HostTopology vmHost(String name, String mac) {
        Vnic v = new Vnic(mac, "network", "default", null, "virtio", null, "up", null, null, null, "both");
        return new HostTopology(name, List.of("libvirt"), List.of(), List.of(),
                List.of(new Vm("app1", null, "running", 3, true, List.of(v), "libvirt")), List.of());
    }

    @Test
    void theCaptureHostsProblemsAreRowsWithTheirSentenceErrorsFirst() throws Exception {
        vm.update(List.of(problemHost()), List.of());
        assertThat(vm.countProperty().get()).isEqualTo(5);
        assertThat(vm.rows()).hasSize(5).allSatisfy(r -> assertThat(r.host()).isEqualTo("problem-host"));
        assertThat(vm.rows()).extracting(r -> r.problem().severity())
                .containsExactly(Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING);
        ProblemRow mtu = vm.rows().stream().filter(r -> r.problem().finding() == Finding.MTU_PORT_BELOW_BRIDGE)
                .findFirst().orElseThrow();
        assertThat(mtu.sentence()).isEqualTo("vnet0 has MTU 1500, below the 9000 that bridge brjumbo carries: "
                + "frames larger than 1500 bytes are dropped on vnet0.");
        ProblemsViewModel ja = new ProblemsViewModel(BackgroundTasks.inline(), Locale.JAPANESE);
        ja.update(List.of(problemHost()), List.of());
        assertThat(ja.rows()).extracting(ProblemRow::sentence).noneMatch(vm.rows().stream().map(ProblemRow::sentence).toList()::contains);
    }

    @Test
    void aChangedSnapshotIsCheckedAgainTheSameOneIsNot() throws Exception {
        AtomicInteger recomputed = new AtomicInteger();
        vm.rows().addListener((ListChangeListener<ProblemRow>) c -> recomputed.incrementAndGet());
        HostTopology problems = problemHost();
        vm.update(List.of(problems), List.of());
        assertThat(recomputed).hasValue(1);
        vm.update(List.of(problems), List.of());
        assertThat(recomputed).as("the same snapshots are not checked again").hasValue(1);
        // the host was read again and its problems are gone (a healthy snapshot of the same name)
        vm.update(List.of(vmHost("problem-host", "52:54:00:00:00:01")), List.of());
        assertThat(recomputed).hasValue(2);
        assertThat(vm.countProperty().get()).isZero();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aMacOnTwoConnectedHostsIsAProblemOfEachADisconnectedHostsIsNot() throws Exception {
        HostTopology a = vmHost("kvm-a", "52:54:00:aa:00:02");
        HostTopology b = vmHost("kvm-b", "52:54:00:aa:00:02");
        vm.update(List.of(a, b), List.of());
        assertThat(vm.rows()).extracting(ProblemRow::host, r -> r.problem().finding())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kvm-a", Finding.DUPLICATE_MAC_ACROSS_HOSTS),
                        org.assertj.core.groups.Tuple.tuple("kvm-b", Finding.DUPLICATE_MAC_ACROSS_HOSTS));
        assertThat(vm.rows().get(0).sentence()).isEqualTo("MAC 52:54:00:aa:00:02 is used on more than one host: "
                + "kvm-a/app1, kvm-b/app1.");
        // kvm-b disconnected: its last picture is checked alone
        vm.update(List.of(a), List.of(b));
        assertThat(vm.countProperty().get()).isZero();
    }
}
