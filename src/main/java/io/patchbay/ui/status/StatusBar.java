package io.patchbay.ui.status;

import io.patchbay.model.HostTopology;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostsViewModel;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * The status bar (status_bar.fxml): the host being read or the selected host's last read, the
 * latest word of a change, and a progress bar while a host is read or a change is planned or applied.
 * What the last verified change did stays in front of the hosts' read state until the next change.
 */
public final class StatusBar {
    private final HostsViewModel hosts;
    private final ChangeViewModel change;
    private final ResourceBundle strings;
    /** What the last verified change did, or null. */
    private String lastChange;

    @FXML
    private Label statusLabel;
    @FXML
    private ProgressBar progress;

    public StatusBar(HostsViewModel hosts, ChangeViewModel change, ResourceBundle strings) {
        this.hosts = hosts;
        this.change = change;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> showHosts());
        change.statusProperty().addListener((o, a, m) -> {
            if (m != null) {
                lastChange = null;
                show(Messages.format(strings, m));
            }
        });
        change.doneProperty().addListener((o, a, m) -> {
            if (m != null) {
                lastChange = Messages.format(strings, m);
                show(lastChange);
            }
        });
        progress.visibleProperty().bind(hosts.busyBinding().or(Bindings.createBooleanBinding(
                () -> change.phaseProperty().get() != ChangeViewModel.Phase.IDLE
                        && change.phaseProperty().get() != ChangeViewModel.Phase.PREVIEW,
                change.phaseProperty())));
        show(strings.getString("status.ready"));
    }

    /** Shows one sentence (e.g. where an export was written). */
    public void show(String text) {
        statusLabel.setText(text);
    }

    private void showHosts() {
        HostEntry reading = hosts.hosts().stream()
                .filter(h -> h.statusProperty().get() == HostEntry.Status.READING).findFirst().orElse(null);
        if (reading != null) {
            showRead(String.format(strings.getString("status.reading"), reading.label()));
            return;
        }
        HostEntry e = hosts.selectedProperty().get();
        if (e == null) {
            showRead(strings.getString("status.ready"));
        } else if (e.statusProperty().get() == HostEntry.Status.FAILED) {
            showRead(String.format(strings.getString("status.failed"), e.label(), e.errorProperty().get()));
        } else if (e.topologyProperty().get() != null && e.lastRefreshProperty().get() != null) {
            HostTopology t = e.topologyProperty().get();
            showRead(String.format(strings.getString("status.read"), t.name(), t.devices().size(),
                    t.vms().size(), e.lastRefreshProperty().get().withNano(0)));
        }
    }

    /** The hosts' read state, after what the last verified change did (until the next change). */
    private void showRead(String text) {
        show(lastChange == null ? text : lastChange + "  \u00b7  " + text);
    }
}
