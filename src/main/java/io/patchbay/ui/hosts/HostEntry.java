package io.patchbay.ui.hosts;

import io.patchbay.core.PatchbayException;
import io.patchbay.console.LocalLibvirtProblem;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** A host in the list: how to reach it, its latest snapshot, and how the last read went. */
public final class HostEntry {
    /** Where a host is in its life on screen. */
    public enum Status { READING, READY, FAILED, DISCONNECTED }

    /** How the host is read; remote ones refresh on the timer. */
    public enum Kind {
        LOCAL(false), SSH(true), LIBVIRT(true), CAPTURE(false);

        private final boolean remote;

        Kind(boolean remote) {
            this.remote = remote;
        }

        public boolean remote() {
            return remote;
        }
    }

    private final String label;
    private final Kind kind;
    private final Supplier<HostSource> connector;
    /** The current source; swapped without a lock, so the FX thread never waits on a close in the background. */
    private final AtomicReference<HostSource> source = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<HostTopology> topology = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.READING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PatchbayException.Reason> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalTime> lastRefresh = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalLibvirtProblem> libvirtProblem = new SimpleObjectProperty<>();

    /** @param connector makes a new source each time the host is connected */
    public HostEntry(String label, Kind kind, Supplier<HostSource> connector) {
        this.label = label;
        this.kind = kind;
        this.connector = connector;
    }

    public HostEntry(String label, HostSource source) {
        this(label, Kind.CAPTURE, () -> source);
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The current source, made first when there is none (making one connects nothing). */
    HostSource source() {
        HostSource s = source.get();
        while (s == null) {
            HostSource made = connector.get();
            if (source.compareAndSet(null, made)) {
                return made;
            }
            made.close(); // another thread made one meanwhile: that one is the host's
            s = source.get();
        }
        return s;
    }

    /** Closes the source (blocking I/O: off the FX thread); the next read makes a new one. */
    void closeSource() {
        HostSource s = source.getAndSet(null);
        if (s != null) {
            s.close();
        }
    }

    public ReadOnlyObjectProperty<HostTopology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status;
    }

    /** What the last failure was, when it was one of Patchbay's (else null). */
    public ReadOnlyObjectProperty<PatchbayException.Reason> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalTime> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    /** Why this computer shows no VMs (the hint under the host), or null. */
    public ObjectProperty<LocalLibvirtProblem> libvirtProblemProperty() {
        return libvirtProblem;
    }

    void reading() {
        status.set(Status.READING);
    }

    void read(HostTopology t, LocalTime at) {
        topology.set(t);
        error.set(null);
        failure.set(null);
        lastRefresh.set(at);
        status.set(Status.READY);
    }

    void failed(String message, PatchbayException.Reason reason) {
        failure.set(reason);
        error.set(message);
        status.set(Status.FAILED);
    }

    void disconnected() {
        status.set(Status.DISCONNECTED);
    }
}
