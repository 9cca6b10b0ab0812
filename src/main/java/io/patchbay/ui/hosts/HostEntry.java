package io.patchbay.ui.hosts;

import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import java.time.LocalTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** A host in the list: its source, its latest snapshot, and how the last read went. */
public final class HostEntry {
    /** Where a host is in its life on screen. */
    public enum Status { READING, READY, FAILED }

    private final String label;
    private final HostSource source;
    private final ReadOnlyObjectWrapper<HostTopology> topology = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.READING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LocalTime> lastRefresh = new ReadOnlyObjectWrapper<>();

    public HostEntry(String label, HostSource source) {
        this.label = label;
        this.source = source;
    }

    public String label() {
        return label;
    }

    public HostSource source() {
        return source;
    }

    public ReadOnlyObjectProperty<HostTopology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalTime> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    void reading() {
        status.set(Status.READING);
    }

    void read(HostTopology t, LocalTime at) {
        topology.set(t);
        error.set(null);
        lastRefresh.set(at);
        status.set(Status.READY);
    }

    void failed(String message) {
        error.set(message);
        status.set(Status.FAILED);
    }
}
