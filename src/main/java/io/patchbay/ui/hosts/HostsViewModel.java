package io.patchbay.ui.hosts;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.HostSource;
import io.patchbay.ui.common.BackgroundTasks;
import java.time.LocalTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The host list: adding a host starts reading it in the background; results land on the FX thread. */
public final class HostsViewModel {
    private final BackgroundTasks tasks;
    private final ObservableList<HostEntry> hosts = FXCollections.observableArrayList();
    private final ObjectProperty<HostEntry> selected = new SimpleObjectProperty<>();

    public HostsViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public ObservableList<HostEntry> hosts() {
        return hosts;
    }

    public ObjectProperty<HostEntry> selectedProperty() {
        return selected;
    }

    public HostEntry add(String label, HostSource source) {
        HostEntry e = new HostEntry(label, source);
        hosts.add(e);
        if (selected.get() == null) {
            selected.set(e);
        }
        refresh(e);
        return e;
    }

    public void refresh(HostEntry e) {
        e.reading();
        tasks.run(e.source()::refresh, t -> e.read(t, LocalTime.now()), err -> e.failed(message(err)));
    }

    public void remove(HostEntry e) {
        hosts.remove(e);
        e.source().close();
        if (selected.get() == e) {
            selected.set(hosts.isEmpty() ? null : hosts.get(0));
        }
    }

    static String message(Exception e) {
        if (e instanceof DiscoveryException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
