package io.patchbay.ui.hosts;

import io.patchbay.ui.common.SentenceText;
import io.patchbay.discovery.Collection;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.BackgroundTasks;
import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The host list: adding a host starts reading it in the background; results land on the FX
 * thread. Connect, disconnect, remove; remote hosts refresh on a timer ({@link #refreshDue()}).
 */
public final class HostsViewModel {
    /** What the journal is told: host, kind of entry, text. */
    @FunctionalInterface
    public interface JournalSink {
        void add(String host, String kind, String text);
    }

    private final BackgroundTasks tasks;
    private final ObservableList<HostEntry> hosts = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.statusProperty(), e.topologyProperty()});
    private final ObjectProperty<HostEntry> selected = new SimpleObjectProperty<>();
    private final IntegerProperty refreshSeconds = new SimpleIntegerProperty(30);
    private final BooleanBinding busy;
    /** Starts following a host's changes (libvirt events); returns what stops it, or null when the source has none. */
    @FunctionalInterface
    public interface Watcher {
        AutoCloseable watch(HostSource source, Consumer<HostTopology> changed) throws Exception;
    }

    private JournalSink journal = (h, k, t) -> { };
    private Watcher watcher = (source, changed) -> null;
    private final java.util.Map<HostEntry, AutoCloseable> watches = new java.util.HashMap<>();
    /** The read in flight of each host (FX thread), to cancel when its host goes or disconnects. */
    private final java.util.Map<HostEntry, BackgroundTasks.Task> reads = new java.util.HashMap<>();
    private Consumer<HostEntry> onFailure = e -> { };

    public HostsViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        this.busy = Bindings.createBooleanBinding(
                () -> hosts.stream().anyMatch(h -> h.statusProperty().get() == HostEntry.Status.READING), hosts);
    }

    public ObservableList<HostEntry> hosts() {
        return hosts;
    }

    public ObjectProperty<HostEntry> selectedProperty() {
        return selected;
    }

    /** The entry whose snapshot is named {@code host} on the graph, or null. */
    public HostEntry entryOf(String host) {
        for (HostEntry e : hosts) {
            HostTopology t = e.topologyProperty().get();
            if (t != null && t.name().equals(host)) {
                return e;
            }
        }
        return null;
    }

    /** Seconds between refreshes of remote hosts (0: never). */
    public IntegerProperty refreshSecondsProperty() {
        return refreshSeconds;
    }

    /** True while any host is being read (the status bar's progress). */
    public BooleanBinding busyBinding() {
        return busy;
    }

    /** How hosts that can tell their changes (libvirt) are followed between timer refreshes. */
    public void setWatcher(Watcher watcher) {
        this.watcher = watcher;
    }

    /** True while a host's changes arrive by themselves (tests, status). */
    public boolean isWatched(HostEntry e) {
        return watches.get(e) != null;
    }

    public void setJournal(JournalSink journal) {
        this.journal = journal;
    }

    /** Called on the FX thread when a read fails (for dialogs such as a changed host key). */
    public void setOnFailure(Consumer<HostEntry> onFailure) {
        this.onFailure = onFailure;
    }

    public HostEntry add(String label, HostSource source) {
        return add(new HostEntry(label, source));
    }

    public HostEntry add(String label, HostEntry.Kind kind, Supplier<HostSource> connector) {
        return add(new HostEntry(label, kind, connector));
    }

    private HostEntry add(HostEntry e) {
        hosts.add(e);
        if (selected.get() == null) {
            selected.set(e);
        }
        refresh(e);
        return e;
    }

    public void refresh(HostEntry e) {
        e.reading();
        HostSource source;
        try {
            source = e.source();
        } catch (RuntimeException bad) {
            e.failed(message(bad), reason(bad));
            onFailure.accept(e);
            return;
        }
        if (e.kind() == HostEntry.Kind.CAPTURE) {
            journal.add(e.label(), "read", source.describe());
        } else if (e.kind() != HostEntry.Kind.LIBVIRT) {
            journal.add(e.label(), "command", source.describe() + ":\n" + Collection.SCRIPT);
        } else {
            journal.add(e.label(), "read", source.describe());
        }
        BackgroundTasks.Task read = tasks.run(source::refresh, t -> {
            if (e.statusProperty().get() == HostEntry.Status.READING) {
                e.read(t, LocalTime.now());
                follow(e, source);
            }
        }, err -> {
            if (e.statusProperty().get() == HostEntry.Status.READING) {
                e.failed(message(err), reason(err));
                journal.add(e.label(), "error", message(err));
                onFailure.accept(e);
            }
        });
        BackgroundTasks.Task before = reads.put(e, read);
        if (before != null && before != read) {
            before.cancel();
        }
    }

    /** Stops the read of {@code e} in flight, if any: its result no longer matters. */
    private void cancelRead(HostEntry e) {
        BackgroundTasks.Task read = reads.remove(e);
        if (read != null) {
            read.cancel();
        }
    }

    /** After the first good read, follows the host's own change notifications (once per connection). */
    private void follow(HostEntry e, HostSource source) {
        if (watches.containsKey(e)) {
            return;
        }
        watches.put(e, null);
        tasks.run(() -> watcher.watch(source, t -> tasks.post(() -> {
            if (hosts.contains(e) && e.statusProperty().get() != HostEntry.Status.DISCONNECTED) {
                e.read(t, LocalTime.now());
            }
        })), w -> {
            if (hosts.contains(e) && watches.containsKey(e)) {
                watches.put(e, w);
            } else if (w != null) {
                closeQuietly(w);
            }
        }, err -> journal.add(e.label(), "error", message(err)));
    }

    private void unfollow(HostEntry e) {
        AutoCloseable w = watches.remove(e);
        if (w != null) {
            tasks.run(() -> {
                closeQuietly(w);
                return e;
            }, x -> { }, err -> { });
        }
    }

    private static void closeQuietly(AutoCloseable w) {
        try {
            w.close();
        } catch (Exception ignored) {
            // closing a watch of a host that is going away: nothing to tell anyone
        }
    }

    /** Connects a disconnected host again (a new source) and reads it. */
    public void connect(HostEntry e) {
        if (e.statusProperty().get() != HostEntry.Status.READING) {
            refresh(e);
        }
    }

    /** Closes the host's connection; its last picture stays until it is connected again. */
    public void disconnect(HostEntry e) {
        cancelRead(e);
        unfollow(e);
        tasks.run(() -> {
            e.closeSource();
            return e;
        }, HostEntry::disconnected, err -> e.failed(message(err), reason(err)));
    }

    /** Connects again with a new source (the host's sources changed); its picture stays until the new read. */
    public void reconnect(HostEntry e) {
        unfollow(e);
        e.reading();
        tasks.run(() -> {
            e.closeSource();
            return e;
        }, x -> {
            if (hosts.contains(e)) {
                refresh(e);
            }
        }, err -> e.failed(message(err), reason(err)));
    }

    public void remove(HostEntry e) {
        hosts.remove(e);
        cancelRead(e);
        unfollow(e);
        tasks.run(() -> {
            e.closeSource();
            return e;
        }, x -> { }, err -> { });
        if (selected.get() == e) {
            selected.set(hosts.isEmpty() ? null : hosts.get(0));
        }
    }

    /** Refreshes every connected remote host that is not being read now (the timer calls this). */
    public void refreshDue() {
        for (HostEntry e : hosts) {
            HostEntry.Status s = e.statusProperty().get();
            if (e.kind().remote() && !isWatched(e) && (s == HostEntry.Status.READY || s == HostEntry.Status.FAILED)) {
                refresh(e);
            }
        }
    }

    /** What happened, when the failure is one of ours (else null). */
    private static PatchbayException.Reason reason(Exception e) {
        return e instanceof PatchbayException p ? p.reason() : null;
    }

    static String message(Exception e) {
        Throwable shown = e instanceof BackgroundTasks.Failure ? e.getCause() : e;
        return SentenceText.error(shown);
    }
}
