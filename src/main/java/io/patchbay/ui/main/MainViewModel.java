package io.patchbay.ui.main;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostsViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The window's state: the host list and what is selected. Plain Java over JavaFX properties. */
public final class MainViewModel {
    private final HostsViewModel hosts;

    public MainViewModel(BackgroundTasks tasks) {
        this.hosts = new HostsViewModel(tasks);
    }

    public HostsViewModel hosts() {
        return hosts;
    }

    /** "This computer": local discovery, shown at once and filled in the background. */
    public HostEntry addThisComputer(String label) {
        return hosts.add(label, new LocalSource(null, Duration.ofSeconds(20)));
    }

    /** Saved outputs (files or a sosreport directory) as one host. */
    public HostEntry openCapture(List<Path> paths) {
        Path first = paths.get(0).getFileName();
        String label = first == null ? paths.get(0).toString() : first.toString();
        return hosts.add(label, new CaptureSource(null, paths));
    }
}
