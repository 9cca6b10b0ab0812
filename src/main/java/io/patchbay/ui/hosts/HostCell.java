package io.patchbay.ui.hosts;

import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.KindIcons;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** A host of the host list with its icon, status, last refresh and error. */
final class HostCell extends ListCell<HostEntry> {
    private final ResourceBundle strings;

    HostCell(ResourceBundle strings) {
        this.strings = strings;
    }

    @Override
    protected void updateItem(HostEntry e, boolean empty) {
        super.updateItem(e, empty);
        textProperty().unbind();
        getStyleClass().removeAll("host-failed", "host-reading", "host-disconnected");
        if (empty || e == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        textProperty().bind(Bindings.createStringBinding(() -> e.label() + "\n" + statusLine(e)
                + (e.libvirtProblemProperty().get() == null ? ""
                : "\n" + strings.getString(e.libvirtProblemProperty().get().messageKey())),
                e.statusProperty(), e.libvirtProblemProperty()));
        String statusClass = switch (e.statusProperty().get()) {
            case FAILED -> "host-failed";
            case READING -> "host-reading";
            case DISCONNECTED -> "host-disconnected";
            case READY -> null;
        };
        if (statusClass != null) {
            getStyleClass().add(statusClass);
        }
        setGraphic(new HBox(KindIcons.host()));
        setWrapText(true);
        setPrefWidth(0);
    }

    private String statusLine(HostEntry e) {
        return switch (e.statusProperty().get()) {
            case READING -> strings.getString("host.reading");
            case FAILED -> strings.getString("host.failed") + ": " + e.errorProperty().get();
            case DISCONNECTED -> strings.getString("host.disconnected");
            case READY -> {
                HostTopology t = e.topologyProperty().get();
                yield String.format(strings.getString("host.ready"), t.devices().size(), t.vms().size(),
                        e.lastRefreshProperty().get().withNano(0));
            }
        };
    }
}
