package io.patchbay.ui.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import io.patchbay.ops.Expectation;
import io.patchbay.ops.Journal;
import io.patchbay.ops.LiveChangeRefused;
import io.patchbay.ops.LiveLimit;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.PlanState;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.hosts.HostsViewModel;
import io.patchbay.ui.journal.ChangesViewModel;
import io.patchbay.ui.journal.JournalEntry;
import io.patchbay.ui.journal.JournalViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeViewModelTest {
    private static final ScopeRequest CONFIG_ONLY = new ScopeRequest(false, true);
    private final List<String> calls = new ArrayList<>();
    private final ObservableSet<String> pending = FXCollections.observableSet();
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final List<ChangeViewModel.Result> results = new ArrayList<>();
    private final ChangeTarget target = new ChangeTarget("h1", "qemu:///system", null, null);
    private final ChangeViewModel.Context ctx = new ChangeViewModel.Context(Graphs.subjects(Graphs.host("h1")),
            Graphs.host("h1"), "br0", Map.of("h1", "h1"));

    /** A backend that records its calls and plans a move or a pool add. */
    private final ChangeBackend backend = (t, peers) -> new ChangeBackend.Session() {
        @Override
        public Plan plan(VnicIntent intent) throws PatchbayException {
            calls.add("plan " + intent.getClass().getSimpleName() + " peers=" + peers.size());
            if (intent instanceof VnicIntent.Move m) {
                return new Plan("p", Plan.Kind.MOVE, "h1", t.uri(), m.vm(), m.mac(), null, "<interface/>", List.of(),
                        List.of("move"), List.of(), new Expectation(true, "bridge", m.bridge(), null, null, null), null,
                        m.bridge(), null);
            }
            if (intent instanceof VnicIntent.Add a && "full".equals(a.vm()) && !a.scope().equals(CONFIG_ONLY)) {
                throw new LiveChangeRefused(LiveLimit.NO_FREE_SLOT, "VM 'full' has no free PCIe root port for a live"
                        + " add (all 8 hotplug ports are taken); --config adds the vNIC to the persistent definition only");
            }
            if (intent instanceof VnicIntent.Add a) {
                return new Plan("p", Plan.Kind.ADD, "h1", t.uri(), a.vm(), "02:00:00:00:00:07", "lab", "<interface/>",
                        List.of(), List.of("add"), List.of(), null, null, a.sourceName(), null);
            }
            throw new PatchbayException(PatchbayException.Reason.NOT_FOUND, "VM 'nope' not found on host h1");
        }

        @Override
        public Outcome apply(Plan plan) {
            calls.add("apply " + plan.kind() + (plan.undoOf() == null ? "" : " undoOf=" + plan.undoOf()));
            if ("br-gone".equals(plan.bridge())) {
                return new Outcome(PlanState.ROLLED_BACK, "updateDeviceFlags failed: bridge br-gone vanished; rolled back 1 "
                        + "applied step(s), VM web1 is as before", PatchbayException.Reason.REMOTE_FAILED, false, List.of(),
                        null, null, List.of("undone: updateDeviceFlags(xml, AFFECT_LIVE=1)"));
            }
            return new Outcome(PlanState.VERIFIED, "moved", null, false, List.of(), "vnet0", null, List.of());
        }

        @Override
        public void discard(Plan plan) {
            calls.add("discard " + plan.kind() + " " + plan.mac());
        }

        @Override
        public String interfaceXml(String vm, String mac) {
            return null;
        }

        @Override
        public void close() {
            calls.add("close");
        }
    };

    /** What the pending set held each time host h1 was read again (its re-read after a change). */
    private final List<Set<String>> pendingWhileRead = new ArrayList<>();
    private final HostSource h1 = new HostSource() {
        @Override
        public String describe() {
            return "h1";
        }

        @Override
        public HostTopology refresh() {
            pendingWhileRead.add(Set.copyOf(pending));
            return Graphs.host("h1");
        }
    };
    @TempDir
    static Path home;
    private final JournalViewModel journal = new JournalViewModel();
    private final ChangesViewModel changes = new ChangesViewModel(BackgroundTasks.inline(), () -> new Journal(home));
    private final HostsViewModel hosts = new HostsViewModel(BackgroundTasks.inline());
    private final ChangeViewModel vm = new ChangeViewModel(BackgroundTasks.inline(), backend, new ConsoleIdentity() {
        @Override
        public Set<String> consoleMacs() {
            return Set.of();
        }

        @Override
        public Set<String> addressesOf(String nameOrAddress) {
            return Set.of();
        }
    }, pending, highlighted, new AfterChange(journal, changes, hosts));

    ChangeViewModelTest() {
        vm.setOnFinished(results::add);
        hosts.add("h1", h1);
        pendingWhileRead.clear();
    }

    @Test
    void aPlanIsPreviewedWithItsImpactThenAppliedAndTheVnicStaysPendingUntilItsHostWasReadAgain() {
        assertThat(vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br1", ScopeRequest.DEFAULT), ctx)).isTrue();
        assertThat(vm.phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.PREVIEW);
        assertThat(pending).containsExactly("h1/vnet0");
        assertThat(highlighted).containsExactlyInAnyOrder("h1/vm:web1", "h1/br0", "h1/br1");
        // a second gesture while one is open is refused
        assertThat(vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br0", ScopeRequest.DEFAULT), ctx)).isFalse();
        assertThat(vm.statusProperty().get().key()).isEqualTo("change.busy");
        vm.confirm();
        assertThat(calls).containsExactly("plan Move peers=0", "apply MOVE", "close");
        assertThat(vm.phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
        assertThat(highlighted).isEmpty();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
        // the end of the change: the host is read again with the vNIC still pending, then it no longer is
        assertThat(pendingWhileRead).containsExactly(Set.of("h1/vnet0"));
        assertThat(pending).isEmpty();
        assertThat(journal.entries()).singleElement().satisfies(e -> {
            assertThat(e.host()).isEqualTo("h1");
            assertThat(e.kind()).isEqualTo("xml");
            assertThat(e.text()).startsWith(results.get(0).plan().summary()).endsWith("moved");
        });
    }

    @Test
    void theEndOfAChangeReadsTheListOfChangesAgain() {
        List<String> loads = new ArrayList<>();
        changes.afterNextLoad(() -> loads.add("loaded"));
        vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br1", ScopeRequest.DEFAULT), ctx);
        assertThat(loads).isEmpty();
        vm.confirm();
        assertThat(loads).containsExactly("loaded");
        assertThat(changes.problemProperty().get()).isNull();
    }

    @Test
    void aChangeOnAHostTheConsoleNoLongerListsIsSettledWithoutARead() {
        hosts.remove(hosts.hosts().get(0));
        vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br1", ScopeRequest.DEFAULT), ctx);
        vm.confirm();
        assertThat(pendingWhileRead).isEmpty();
        assertThat(pending).isEmpty();
        assertThat(journal.entries()).extracting(JournalEntry::kind).contains("xml");
    }

    @Test
    void cancellingAnAddDiscardsItsReservedMacAndClearsTheGraph() {
        ChangeTarget peer = new ChangeTarget("h2", "qemu+ssh://h2/system", null, "h2");
        vm.request(target, List.of(peer), new VnicIntent.Add("web1", "bridge", "br1", null, "lab", "virtio",
                ScopeRequest.DEFAULT), ctx);
        assertThat(pending).containsExactly("h1/vm:web1");
        vm.cancel();
        assertThat(calls).containsExactly("plan Add peers=1", "discard ADD 02:00:00:00:00:07", "close");
        assertThat(pending).isEmpty();
        assertThat(highlighted).isEmpty();
        assertThat(vm.phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
        assertThat(vm.statusProperty().get().key()).isEqualTo("change.cancelled");
        assertThat(results).isEmpty();
    }

    @Test
    void aFailedApplySaysWhatWasRolledBack() {
        vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br-gone", ScopeRequest.DEFAULT), ctx);
        vm.confirm();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.outcome().message()).contains("rolled back 1 applied step(s)");
        });
        assertThat(vm.statusProperty().get()).isEqualTo(Message.of("change.failed", results.get(0).outcome().message()));
        assertThat(vm.phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
        assertThat(highlighted).isEmpty();
        assertThat(pendingWhileRead).containsExactly(Set.of("h1/vnet0"));
        assertThat(pending).isEmpty();
        assertThat(journal.entries()).last().satisfies(e -> assertThat(e.text())
                .contains("undone: updateDeviceFlags(xml, AFFECT_LIVE=1)").endsWith("as before"));
    }

    @Test
    void aRefusedPlanSaysWhyAndLeavesNothingOpen() {
        vm.request(target, List.of(), new VnicIntent.Link("nope", Graphs.MAC, false, ScopeRequest.DEFAULT), ctx);
        assertThat(vm.phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
        assertThat(calls).containsExactly("plan Link peers=0", "close");
        assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isEqualTo("VM 'nope' not found on host h1"));
        assertThat(pending).isEmpty();
        // nothing was planned: nothing to journal, no host to read again
        assertThat(journal.entries()).isEmpty();
        assertThat(pendingWhileRead).isEmpty();
    }

    @Test
    void aVerifiedChangeIsAnnouncedWithWhatItDidAndAnUndoSaysItIsOne() {
        List<Message> notes = new ArrayList<>();
        vm.doneProperty().addListener((o, a, m) -> {
            if (m != null) {
                notes.add(m);
            }
        });
        vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br1", ScopeRequest.DEFAULT), ctx);
        vm.confirm();
        Message moved = Message.of("done.move", "vnet0", "web1", "br1");
        assertThat(vm.statusProperty().get()).isEqualTo(moved);
        vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br1", ScopeRequest.DEFAULT), ctx);
        vm.confirm();
        vm.request(target, List.of(), new VnicIntent.Move("web1", Graphs.MAC, "br0", ScopeRequest.DEFAULT), ctx,
                "plan-of-the-move");
        vm.confirm();
        assertThat(calls).contains("apply MOVE undoOf=plan-of-the-move");
        Message undone = Message.of("done.undo.done.move", "vnet0", "web1", "br0");
        // the same sentence twice still announces twice
        assertThat(notes).containsExactly(moved, moved, undone);
        assertThat(vm.statusProperty().get()).isEqualTo(undone);
    }

    @Test
    void aLiveAddTheVmCannotTakeIsPreviewedConfigOnlyWithTheReason() {
        vm.request(target, List.of(), new VnicIntent.Add("full", "bridge", "br1", "52:54:00:de:0c:41", null, "virtio",
                ScopeRequest.DEFAULT), ctx);
        assertThat(vm.phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.PREVIEW);
        assertThat(calls).containsExactly("plan Add peers=0", "plan Add peers=0");
        ChangeViewModel.Preview p = vm.previewProperty().get();
        assertThat(p.warnings()).first().satisfies(w -> {
            assertThat(w.key()).isEqualTo("preview.configOnly.NO_FREE_SLOT");
            assertThat(w.args()).singleElement().asString().startsWith("VM 'full' has no free PCIe root port");
        });
        assertThat(results).isEmpty();
    }
}
