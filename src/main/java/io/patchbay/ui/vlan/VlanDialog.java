package io.patchbay.ui.vlan;

import io.patchbay.ops.VlanRequest;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.common.Fxml;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "VLAN…" dialog of a vNIC: its tag, trunk or none, prefilled from its current port; OK only
 * while the choice is valid and differs from what the port has. No I/O.
 */
public final class VlanDialog {
    /** The dialog pane's id (tests look it up). */
    public static final String DIALOG_ID = "vlanDialog";

    /**
     * What the dialog is about.
     *
     * @param onOvs whether the vNIC is on an Open vSwitch bridge (libvirt changes its VLAN live there)
     */
    public record Subject(String host, String vm, String mac, String bridge, boolean onOvs) {
    }

    private VlanDialog() {
    }

    /** showAndWait on the FX thread. Empty when cancelled. */
    public static Optional<VlanRequest> show(Window owner, Subject s, VlanChoice current) {
        ResourceBundle strings = Fxml.strings();
        VlanRequest before = current.request();
        Label hint = new Label(strings.getString(s.onOvs() ? "vlan.hint.ovs" : "vlan.hint.linux"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.setId("vlanHint");
        Label problem = new Label();
        problem.setId("vlanProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.setMinHeight(38);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format(strings, current.problemProperty().get()), current.problemProperty()));
        VBox form = new VBox(10, VlanFieldsView.load(current), hint, problem);
        form.getStyleClass().add("form-dialog");
        form.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));

        Dialog<VlanRequest> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        d.setTitle(strings.getString("vlan.title"));
        d.setHeaderText(String.format(strings.getString(s.bridge() == null ? "vlan.header" : "vlan.headerOnBridge"),
                s.mac(), s.vm(), s.host(), s.bridge()));
        d.getDialogPane().setId(DIALOG_ID);
        d.getDialogPane().setContent(form);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> current.problemProperty().get() != null || java.util.Objects.equals(current.request(), before),
                current.problemProperty(), current.modeProperty(), current.tagProperty(), current.trunkProperty(),
                current.nativeTagProperty()));
        d.setResultConverter(b -> b == ButtonType.OK ? current.request() : null);
        return d.showAndWait();
    }
}
