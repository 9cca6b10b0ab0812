package io.patchbay.ui.vnic;

import io.patchbay.ops.VnicIntent;
import io.patchbay.ui.common.Fxml;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The create-vNIC dialog: a form over {@link CreateVnicViewModel}; OK is enabled only while nothing is wrong. */
public final class CreateVnicDialog {
    /** The dialog pane's id (tests look it up). */
    public static final String DIALOG_ID = "createVnicDialog";

    private CreateVnicDialog() {
    }

    /** showAndWait on the FX thread; no I/O. Empty when cancelled. */
    public static Optional<VnicIntent.Add> show(Window owner, CreateVnicPrefill p) {
        ResourceBundle strings = Fxml.strings();
        CreateVnicViewModel vm = new CreateVnicViewModel(p);
        Parent form = Fxml.load(Fxml.File.VNIC_CREATE, type -> new CreateVnicView(vm, strings));
        Dialog<VnicIntent.Add> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        d.setTitle(strings.getString("vnic.create.title"));
        d.setHeaderText(p.host() == null ? String.format(strings.getString("vnic.create.header"), p.vm())
                : String.format(strings.getString("vnic.create.headerOnHost"), p.vm(), p.host()));
        d.getDialogPane().setId(DIALOG_ID);
        d.getDialogPane().setContent(form);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.problemProperty().isNotNull());
        d.setResultConverter(b -> b == ButtonType.OK ? vm.result().orElse(null) : null);
        // the VLAN fields (an Open vSwitch bridge) and the portgroup row come and go: the window follows
        Runnable fit = () -> javafx.application.Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        vm.vlanShownProperty().addListener((o, was, now) -> fit.run());
        vm.portgroupsProperty().addListener((o, was, now) -> fit.run());
        return d.showAndWait();
    }
}
