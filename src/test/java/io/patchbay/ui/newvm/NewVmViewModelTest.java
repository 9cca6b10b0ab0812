package io.patchbay.ui.newvm;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.mac.MacAddress;
import io.patchbay.newvm.NewVmDraft;
import io.patchbay.newvm.NewVmMaker;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.newvm.NewVmViewModel.Problem;
import io.patchbay.ui.newvm.NewVmViewModel.SourceKind;
import io.patchbay.ui.newvm.NewVmViewModel.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The new-VM dialog's rules, over a backend that plans with the real {@link NewVmDraft} (no libvirt). */
class NewVmViewModelTest {
    private static final String TEMPLATE = "<domain type='qemu'><name>tmpl</name><devices>"
            + "<interface type='bridge'><mac address='52:54:00:d1:40:02'/><source bridge='br1'/><model type='virtio'/>"
            + "<address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/></interface>"
            + "<interface type='bridge'><mac address='52:54:00:d1:40:01'/><source bridge='br0'/><model type='e1000'/>"
            + "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></interface>"
            + "</devices></domain>";

    /** Plans with NewVmDraft; MACs 52:54:00:d1:41:NN counting up per call; can be told to fail. */
    private static final class Backend implements NewVmBackend {
        final List<NewVmMaker.Request> made = new ArrayList<>();
        int next = 1;
        String failWith;

        @Override
        public List<String> pools() {
            return List.of("default", "lab");
        }

        @Override
        public List<String> snapshots(String uri, String vm) {
            return vm.equals("db1") ? List.of("before-upgrade") : List.of();
        }

        @Override
        public NewVmMaker.Result make(String uri, NewVmSource source, NewVmMaker.Request r) throws PatchbayException {
            made.add(r);
            if (failWith != null) {
                throw new PatchbayException(Reason.REFUSED, failWith);
            }
            List<MacAddress> macs = List.of(new MacAddress(0x525400d14100L + next), new MacAddress(0x525400d14100L + next + 1));
            if (!r.dryRun()) {
                next += 2;
            }
            return new NewVmMaker.Result(NewVmDraft.of(TEMPLATE, source.toString()).plan(r.name(), "u", macs, Map.of(),
                    r.withoutDisks()), !r.dryRun(), null);
        }
    }

    private final Backend backend = new Backend();
    private final NewVmViewModel vm = new NewVmViewModel(List.of(new NewVmHost("lab", "qemu:///system",
            List.of("tmpl"), List.of("db1", "tmpl", "web1"))), backend, BackgroundTasks.inline());

    @Test
    void theInputIsCheckedBeforeAnyPreview() {
        assertThat(vm.templateProperty().get()).isEqualTo("tmpl");
        assertThat(vm.problemProperty().get()).isEqualTo(new Problem("newvm.problem.noName"));
        vm.nameProperty().set("web1");
        assertThat(vm.problemProperty().get()).isEqualTo(new Problem("newvm.problem.nameTaken", "web1", "lab"));
        vm.sourceKindProperty().set(SourceKind.SNAPSHOT);
        assertThat(vm.problemProperty().get()).isEqualTo(new Problem("newvm.problem.noSnapshotVm"));
        vm.snapshotVmProperty().set("web1");
        assertThat(vm.problemProperty().get()).isEqualTo(new Problem("newvm.problem.noSnapshot", "web1"));
        vm.snapshotVmProperty().set("db1");
        vm.nameProperty().set("web2");
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.source()).isEqualTo(new NewVmSource("db1", "before-upgrade"));
        vm.preview();
        assertThat(backend.made).hasSize(1);
    }

    @Test
    void previewShowsTheOrderAndMacsAndCreateNeedsAFreshPreview() {
        vm.loadPools();
        vm.poolProperty().set("lab");
        vm.nameProperty().set("web2");
        vm.create();
        assertThat(backend.made).as("no create without a preview").isEmpty();
        vm.preview();
        assertThat(vm.stateProperty().get()).isEqualTo(State.PLANNED);
        assertThat(backend.made.get(0)).isEqualTo(new NewVmMaker.Request("web2", "lab", true, false));
        assertThat(vm.previewProperty().get().plan().vnics()).extracting(v -> v.pci() + " " + v.oldMac() + " " + v.newMac())
                .containsExactly("0000:01:00.0 52:54:00:d1:40:01 52:54:00:d1:41:01", "0000:02:00.0 52:54:00:d1:40:02 52:54:00:d1:41:02");
        vm.withoutDisksProperty().set(true);
        assertThat(vm.stateProperty().get()).isEqualTo(State.EDITING);
        assertThat(vm.previewProperty().get()).isNull();
        vm.create();
        assertThat(backend.made).hasSize(1);
        vm.preview();
        vm.create();
        assertThat(vm.stateProperty().get()).isEqualTo(State.CREATED);
        assertThat(backend.made.get(2)).isEqualTo(new NewVmMaker.Request("web2", "lab", false, true));
        assertThat(vm.macsDifferFromPreview()).isFalse();
    }

    @Test
    void aFailureIsOneSentenceAndEditingClearsIt() {
        vm.nameProperty().set("web2");
        backend.failWith = "disk vda of template tmpl is not a libvirt storage volume, so it cannot be cloned; use --without-disks";
        vm.preview();
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.errorProperty().get()).isEqualTo(backend.failWith);
        vm.withoutDisksProperty().set(true);
        assertThat(vm.stateProperty().get()).isEqualTo(State.EDITING);
        assertThat(vm.errorProperty().get()).isNull();
    }
}
