package io.patchbay.ui.newvm;

import io.patchbay.ui.common.SentenceText;
import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacPools;
import io.patchbay.newvm.NewVmMaker;
import io.patchbay.newvm.NewVmPlan;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-VM dialog's state: host, template or snapshot, new name, MAC pool, with or without
 * disks. {@link #preview()} plans a dry run (the vNIC order and the MACs each gets); only a fresh
 * preview can be {@link #create() created}; any change of input drops it. Both run off the FX
 * thread through {@link BackgroundTasks}; the state moves EDITING → PLANNING → PLANNED →
 * CREATING → CREATED, or to FAILED with one sentence.
 */
public final class NewVmViewModel {
    /** Where the dialog is. */
    public enum State { EDITING, PLANNING, PLANNED, CREATING, CREATED, FAILED }

    /** Made from a template or from a snapshot. */
    public enum SourceKind { TEMPLATE, SNAPSHOT }

    /** What is wrong with the input: a bundle key ({@code newvm.problem.*}) and its arguments. */
    public record Problem(String key, List<String> args) {
        public Problem(String key, String... args) {
            this(key, List.of(args));
        }
    }

    private final BackgroundTasks tasks;
    private final NewVmBackend backend;
    private final ObservableList<NewVmHost> hosts;
    private final ObjectProperty<NewVmHost> host = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(SourceKind.TEMPLATE);
    private final StringProperty template = new SimpleStringProperty();
    private final StringProperty snapshotVm = new SimpleStringProperty();
    private final StringProperty snapshot = new SimpleStringProperty();
    private final ObservableList<String> snapshots = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<String> pools = FXCollections.observableArrayList(MacPools.DEFAULT);
    private final StringProperty pool = new SimpleStringProperty(MacPools.DEFAULT);
    private final BooleanProperty withoutDisks = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EDITING);
    private final ReadOnlyObjectWrapper<NewVmMaker.Result> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NewVmMaker.Result> created = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObjectBinding<Problem> problem;
    /** Each background answer carries the input generation it was asked for; stale ones are dropped. */
    private long generation;

    public NewVmViewModel(List<NewVmHost> hosts, NewVmBackend backend, BackgroundTasks tasks) {
        this.hosts = FXCollections.observableArrayList(hosts);
        this.backend = Objects.requireNonNull(backend, "backend");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        host.addListener((o, a, b) -> {
            template.set(b == null || b.templates().isEmpty() ? null : b.templates().get(0));
            snapshotVm.set(null);
        });
        snapshotVm.addListener((o, a, b) -> loadSnapshots());
        Observable[] inputs = {host, sourceKind, template, snapshotVm, snapshot, name, pool, withoutDisks};
        for (Observable i : inputs) {
            i.addListener(x -> inputChanged());
        }
        problem = Bindings.createObjectBinding(this::check, inputs);
        host.set(hosts.isEmpty() ? null : hosts.get(0));
    }

    /** Reads the MAC pools' names (background). */
    public void loadPools() {
        tasks.run(backend::pools, names -> {
            String chosen = pool.get();
            pools.setAll(names);
            pool.set(names.contains(chosen) ? chosen : names.isEmpty() ? null : names.get(0));
        }, e -> error.set(message(e)));
    }

    private void loadSnapshots() {
        snapshots.clear();
        snapshot.set(null);
        NewVmHost h = host.get();
        String vm = snapshotVm.get();
        if (h == null || vm == null) {
            return;
        }
        tasks.run(() -> backend.snapshots(h.uri(), vm), names -> {
            if (h == host.get() && vm.equals(snapshotVm.get())) {
                snapshots.setAll(names);
                snapshot.set(names.isEmpty() ? null : names.get(0));
            }
        }, e -> {
            if (h == host.get() && vm.equals(snapshotVm.get())) {
                error.set(message(e));
            }
        });
    }

    private void inputChanged() {
        generation++;
        State s = state.get();
        if (s == State.PLANNED || s == State.FAILED || s == State.PLANNING) {
            preview.set(null);
            error.set(null);
            state.set(State.EDITING);
        }
    }

    private Problem check() {
        NewVmHost h = host.get();
        if (h == null) {
            return new Problem("newvm.problem.noHost");
        }
        if (sourceKind.get() == SourceKind.TEMPLATE) {
            if (blank(template.get())) {
                return new Problem(h.templates().isEmpty() ? "newvm.problem.noTemplates" : "newvm.problem.noTemplate", h.label());
            }
        } else if (blank(snapshotVm.get())) {
            return new Problem("newvm.problem.noSnapshotVm");
        } else if (blank(snapshot.get())) {
            return new Problem("newvm.problem.noSnapshot", snapshotVm.get());
        }
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            return new Problem("newvm.problem.noName");
        }
        if (h.domains().contains(n)) {
            return new Problem("newvm.problem.nameTaken", n, h.label());
        }
        if (blank(pool.get())) {
            return new Problem("newvm.problem.noPool");
        }
        return null;
    }

    /** What the new VM is made from, or null while it is not chosen. */
    public NewVmSource source() {
        return sourceKind.get() == SourceKind.TEMPLATE ? (blank(template.get()) ? null : new NewVmSource(template.get(), null))
                : (blank(snapshot.get()) ? null : new NewVmSource(snapshotVm.get(), snapshot.get()));
    }

    private NewVmMaker.Request request(boolean dryRun) {
        return new NewVmMaker.Request(name.get().strip(), pool.get(), dryRun, withoutDisks.get());
    }

    /** Plans a dry run in the background: the preview shows the vNIC order and the MACs. */
    public void preview() {
        if (problem.get() != null || busy()) {
            return;
        }
        NewVmHost h = host.get();
        NewVmSource src = source();
        NewVmMaker.Request r = request(true);
        long asked = generation;
        state.set(State.PLANNING);
        error.set(null);
        tasks.run(() -> backend.make(h.uri(), src, r), result -> {
            if (asked == generation) {
                preview.set(result);
                state.set(State.PLANNED);
            }
        }, e -> {
            if (asked == generation) {
                error.set(message(e));
                state.set(State.FAILED);
            }
        });
    }

    /** Makes the previewed VM in the background (only from a fresh preview). */
    public void create() {
        if (state.get() != State.PLANNED || problem.get() != null) {
            return;
        }
        NewVmHost h = host.get();
        NewVmSource src = source();
        NewVmMaker.Request r = request(false);
        state.set(State.CREATING);
        tasks.run(() -> backend.make(h.uri(), src, r), result -> {
            created.set(result);
            state.set(State.CREATED);
        }, e -> {
            error.set(message(e));
            state.set(State.FAILED);
        });
    }

    /** True when the MACs the VM got differ from the preview's (someone took a MAC in between). */
    public boolean macsDifferFromPreview() {
        NewVmMaker.Result p = preview.get();
        NewVmMaker.Result c = created.get();
        return p != null && c != null && !macs(p.plan()).equals(macs(c.plan()));
    }

    private static List<String> macs(NewVmPlan plan) {
        return plan.vnics().stream().map(NewVmPlan.PlannedVnic::newMac).toList();
    }

    public boolean busy() {
        return state.get() == State.PLANNING || state.get() == State.CREATING;
    }

    static String message(Exception e) {
        return SentenceText.error(e);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ObservableList<NewVmHost> hosts() {
        return hosts;
    }

    public ObjectProperty<NewVmHost> hostProperty() {
        return host;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() {
        return sourceKind;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public StringProperty snapshotVmProperty() {
        return snapshotVm;
    }

    public StringProperty snapshotProperty() {
        return snapshot;
    }

    public ObservableList<String> snapshots() {
        return snapshots;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<String> pools() {
        return pools;
    }

    public StringProperty poolProperty() {
        return pool;
    }

    public BooleanProperty withoutDisksProperty() {
        return withoutDisks;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The dry run's result while it is fresh, else null. */
    public ReadOnlyObjectProperty<NewVmMaker.Result> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The made VM's result once CREATED. */
    public ReadOnlyObjectProperty<NewVmMaker.Result> createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** The last failure as one sentence, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectBinding<Problem> problemProperty() {
        return problem;
    }
}
