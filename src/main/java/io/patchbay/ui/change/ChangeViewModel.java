package io.patchbay.ui.change;

import io.patchbay.core.PatchbayException;
import io.patchbay.layout.GraphSubject;
import io.patchbay.model.HostTopology;
import io.patchbay.ops.LiveChangeRefused;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.common.SentenceText;
import io.patchbay.ui.hosts.HostEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableSet;

/**
 * One change at a time from gesture to host: plan (off the FX thread) -> preview (impact drawn on
 * the graph, the vNIC pending) -> apply and verify (off the FX thread) or cancel (a reserved pool MAC
 * is given back). Plain Java over JavaFX properties; the phase is an explicit state machine.
 *
 * <p>The end of every change is here too ({@link AfterChange}): its plan, steps and outcome go to
 * the journal, the list of changes is read again, the window is told ({@link #setOnFinished}), and
 * its host is read again; the vNIC stays pending until that new snapshot is shown.
 */
public final class ChangeViewModel {
    /** Where the one change of the console is. */
    public enum Phase { IDLE, PLANNING, PREVIEW, APPLYING, CANCELLING }

    /** What the graph and the host look like to a request, taken on the FX thread when it is made. */
    public record Context(Map<String, GraphSubject> subjects, HostTopology host, String fromBridge,
                          Map<String, String> managedHosts) {
        public Context {
            subjects = Map.copyOf(subjects);
            managedHosts = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(managedHosts)); // values may be null
        }
    }

    /** A plan on show: what it does, what it crosses, what it touches on the graph. */
    public record Preview(Plan plan, ChangeTarget target, List<Message> warnings, Impact impact) {
        public Preview {
            warnings = List.copyOf(warnings);
        }
    }

    /** How a change ended: its outcome, or the error that kept it from running (then outcome is null). */
    public record Result(Plan plan, ChangeTarget target, Outcome outcome, String error, Impact impact) {
        public boolean ok() {
            return outcome != null && outcome.ok();
        }
    }

    private final BackgroundTasks tasks;
    private final ChangeBackend backend;
    private final ConsoleIdentity identity;
    private final ObservableSet<String> pending;
    private final ObservableSet<String> highlighted;
    private final AfterChange after;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> done = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ScopeRequest> scope = new SimpleObjectProperty<>(ScopeRequest.DEFAULT);
    private Consumer<Result> onFinished = r -> { };
    private ChangeBackend.Session session;

    /**
     * @param pending     the graph's pending node ids (the vNIC of a plan in flight)
     * @param highlighted the graph's highlighted node ids (the plan's VM and bridges)
     * @param after       where a change's end is written down and whose host is read again
     */
    public ChangeViewModel(BackgroundTasks tasks, ChangeBackend backend, ConsoleIdentity identity,
                           ObservableSet<String> pending, ObservableSet<String> highlighted, AfterChange after) {
        this.tasks = tasks;
        this.backend = backend;
        this.identity = identity;
        this.pending = pending;
        this.highlighted = highlighted;
        this.after = Objects.requireNonNull(after, "after");
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The plan on show, or null. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The latest thing to tell the user (status bar). */
    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * What the last verified change did ({@link DoneMessage}), set once per change (the
     * notification); null in between, so the same sentence twice still notifies twice.
     */
    public ReadOnlyObjectProperty<Message> doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Live and/or persistent, as chosen in the toolbar (default: both for a running VM). */
    public ObjectProperty<ScopeRequest> scopeProperty() {
        return scope;
    }

    /**
     * Called on the FX thread when a change was applied or failed, or could not be planned: after
     * it was journaled, before its host is read again (the window shows a failure).
     */
    public void setOnFinished(Consumer<Result> onFinished) {
        this.onFinished = Objects.requireNonNull(onFinished, "onFinished");
    }

    public ChangeBackend backend() {
        return backend;
    }

    public boolean busy() {
        return phase.get() != Phase.IDLE;
    }

    /** Plans {@code intent} on {@code target} in the background; false (and a status) while another change is open. */
    public boolean request(ChangeTarget target, List<ChangeTarget> peers, VnicIntent intent, Context ctx) {
        return request(target, peers, intent, ctx, null);
    }

    /**
     * As {@link #request(ChangeTarget, List, VnicIntent, Context)}, for the undo of the journaled
     * change {@code undoOf} (its plan id; null: not an undo): the journal entry then says what it took back.
     */
    public boolean request(ChangeTarget target, List<ChangeTarget> peers, VnicIntent intent, Context ctx,
                           String undoOf) {
        if (busy()) {
            status.set(Message.of("change.busy"));
            return false;
        }
        phase.set(Phase.PLANNING);
        status.set(Message.of("change.planning", intent.vm(), target.host()));
        List<ChangeTarget> others = intent instanceof VnicIntent.Add ? List.copyOf(peers) : List.of();
        tasks.run(() -> planned(target, others, intent, ctx, undoOf), p -> {
            session = p.session();
            Preview v = p.preview();
            pending.addAll(v.impact().pending());
            highlighted.clear();
            highlighted.addAll(v.impact().highlighted());
            phase.set(Phase.PREVIEW);
            status.set(Message.of("change.previewing", v.plan().summary()));
            preview.set(v);
        }, err -> {
            phase.set(Phase.IDLE);
            status.set(Message.of("change.refused", message(err)));
            ended(new Result(null, target, null, message(err), Impact.NONE));
        });
        return true;
    }

    private record Planned(ChangeBackend.Session session, Preview preview) {
    }

    private Planned planned(ChangeTarget target, List<ChangeTarget> peers, VnicIntent intent, Context ctx,
                            String undoOf) throws PatchbayException {
        ChangeBackend.Session s = backend.open(target, peers);
        try {
            List<Message> warnings = new ArrayList<>();
            Plan plan;
            try {
                plan = s.plan(intent);
            } catch (LiveChangeRefused refused) {
                if (!refused.configOnlyPossible()) {
                    throw refused;
                }
                // the running VM cannot take it (no free PCI slot, a VLAN on a Linux bridge): the preview
                // says why and offers the persistent definition only; Apply takes that offer
                plan = s.plan(intent.configOnly());
                warnings.add(Message.of("preview.configOnly." + refused.limit().name(), SentenceText.of(refused.why())));
            }
            if (undoOf != null) {
                plan = plan.asUndoOf(undoOf);
            }
            warnings.addAll(ManagementPath.warnings(plan, ctx.host(), ctx.fromBridge(),
                    identity.addressesOf(target.managementAddress()), identity.consoleMacs(), ctx.managedHosts()));
            return new Planned(s, new Preview(plan, target, warnings, Impact.of(ctx.subjects(), plan, ctx.fromBridge())));
        } catch (PatchbayException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Applies the plan on show; the result comes to {@link #setOnFinished}. */
    public void confirm() {
        Preview v = preview.get();
        if (phase.get() != Phase.PREVIEW || v == null) {
            return;
        }
        ChangeBackend.Session s = session;
        session = null;
        phase.set(Phase.APPLYING);
        status.set(Message.of("change.applying", v.plan().summary()));
        tasks.run(() -> {
            try {
                return s.apply(v.plan());
            } finally {
                s.close();
            }
        }, outcome -> finish(v, outcome, null), err -> finish(v, null, message(err)));
    }

    /** Drops the plan on show: nothing is changed, a pool MAC reserved for it is released. */
    public void cancel() {
        Preview v = preview.get();
        if (phase.get() != Phase.PREVIEW || v == null) {
            return;
        }
        ChangeBackend.Session s = session;
        session = null;
        phase.set(Phase.CANCELLING);
        tasks.run(() -> {
            try {
                s.discard(v.plan());
            } finally {
                s.close();
            }
            return v;
        }, x -> {
            clearImpact(v, true);
            phase.set(Phase.IDLE);
            status.set(Message.of("change.cancelled", v.plan().summary()));
        }, err -> {
            clearImpact(v, true);
            phase.set(Phase.IDLE);
            status.set(Message.of("change.cancelFailed", message(err)));
        });
    }

    private void finish(Preview v, Outcome outcome, String error) {
        // the vNIC stays pending until the host's new snapshot is on the graph (see reread)
        clearImpact(v, false);
        phase.set(Phase.IDLE);
        if (error != null) {
            status.set(Message.of("change.failed", error));
        } else if (outcome.ok()) {
            Message m = DoneMessage.of(v.plan(), outcome);
            status.set(m);
            done.set(null);
            done.set(m);
        } else {
            status.set(Message.of("change.failed", outcome.message()));
        }
        ended(new Result(v.plan(), v.target(), outcome, error, v.impact()));
    }

    /** The end of a change: journal, list of changes, the window told, the host read again. */
    private void ended(Result r) {
        if (r.plan() != null) {
            StringBuilder log = new StringBuilder(r.plan().summary()).append('\n');
            r.plan().steps().forEach(s -> log.append(s.describe()).append('\n').append(s.xml().strip()).append('\n'));
            if (r.outcome() != null) {
                r.outcome().events().forEach(ev -> log.append(ev).append('\n'));
                log.append(r.outcome().message());
                if (r.outcome().journalProblem() != null) {
                    after.changes().addUnjournaled(after.changes().journal().entry(r.plan(), r.outcome()));
                }
            }
            after.journal().add(r.plan().host(), "xml", log.toString());
            after.changes().reload();
        }
        onFinished.accept(r);
        reread(r);
    }

    /** Reads the change's host again; its vNIC is no longer pending once that read has landed. */
    private void reread(Result r) {
        HostEntry e = r.plan() == null ? null : after.hosts().entryOf(r.plan().host());
        if (e == null) {
            settled(r);
            return;
        }
        e.statusProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends HostEntry.Status> o, HostEntry.Status was,
                                HostEntry.Status now) {
                if (now != HostEntry.Status.READING) {
                    e.statusProperty().removeListener(this);
                    // the host's re-read has landed (its picture is being laid out, or was already current)
                    settled(r);
                }
            }
        });
        after.hosts().refresh(e);
    }

    private void clearImpact(Preview v, boolean andPending) {
        preview.set(null);
        highlighted.removeAll(v.impact().highlighted());
        if (andPending) {
            pending.removeAll(v.impact().pending());
        }
    }

    /** The vNIC of a finished change is no longer pending (its host's new snapshot is shown). */
    private void settled(Result r) {
        pending.removeAll(r.impact().pending());
    }

    static String message(Exception e) {
        return e instanceof IllegalArgumentException && !(e.getCause() instanceof PatchbayException) ? e.getMessage()
                : SentenceText.error(e);
    }

    /** Reads a vNIC's interface XML in the background (show XML); the text or the error comes back on the FX thread. */
    public void readInterfaceXml(ChangeTarget target, String vm, String mac, Consumer<String> onXml,
                                 Consumer<Message> onError) {
        tasks.run(() -> {
            try (ChangeBackend.Session s = backend.open(target, List.of())) {
                return s.interfaceXml(vm, mac);
            }
        }, xml -> {
            if (xml == null) {
                onError.accept(Message.of("xml.notFound", vm, mac));
            } else {
                onXml.accept(xml);
            }
        }, err -> onError.accept(Message.of("change.error", message(err))));
    }
}
