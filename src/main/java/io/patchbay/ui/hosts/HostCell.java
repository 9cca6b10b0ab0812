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
        switch (e.statusProperty().get()) {
            case FAILED -> getStyleClass().add("host-failed");
            case READING -> getStyleClass().add("host-reading");
            case DISCONNECTED -> getStyleClass().add("host-disconnected");
            default -> { }
        }
        setGraphic(new HBox(KindIcons.host()));
        setWrapText(true);
        setPrefWidth(0);
    }

    private String statusLine(HostEntry e) {
        switch (e.statusProperty().get()) {
            case READING:
                return strings.getString("host.reading");
            case FAILED:
                return strings.getString("host.failed") + ": " + e.errorProperty().get();
            case DISCONNECTED:
                return strings.getString("host.disconnected");
            default:
                HostTopology t = e.topologyProperty().get();
                return String.format(strings.getString("host.ready"), t.devices().size(), t.vms().size(),
                        e.lastRefreshProperty().get().withNano(0));
        }
    }
}
