package io.patchbay.ui.vlan;

import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.vlan.VlanChoice.Mode;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;

/**
 * The VLAN fields (vlan_fields.fxml) bound to a {@link VlanChoice}: no VLAN, an access tag, or a
 * trunk with an optional native VLAN. Used by the create-vNIC dialog and the VLAN dialog.
 */
public final class VlanFieldsView {
    private final VlanChoice choice;

    @FXML
    private RadioButton noneChoice;
    @FXML
    private RadioButton accessChoice;
    @FXML
    private RadioButton trunkChoice;
    @FXML
    private TextField tagField;
    @FXML
    private TextField trunkField;
    @FXML
    private TextField nativeField;

    private VlanFieldsView(VlanChoice choice) {
        this.choice = choice;
    }

    /** The fields, loaded and bound to {@code choice}. */
    public static Parent load(VlanChoice choice) {
        return Fxml.load(Fxml.File.VLAN_FIELDS, type -> new VlanFieldsView(choice));
    }

    @FXML
    private void initialize() {
        radio(choice.modeProperty().get()).setSelected(true);
        noneChoice.selectedProperty().addListener((o, a, b) -> select(b, Mode.NONE));
        accessChoice.selectedProperty().addListener((o, a, b) -> select(b, Mode.ACCESS));
        trunkChoice.selectedProperty().addListener((o, a, b) -> select(b, Mode.TRUNK));
        tagField.textProperty().bindBidirectional(choice.tagProperty());
        trunkField.textProperty().bindBidirectional(choice.trunkProperty());
        nativeField.textProperty().bindBidirectional(choice.nativeTagProperty());
        tagField.disableProperty().bind(accessChoice.selectedProperty().not());
        trunkField.disableProperty().bind(trunkChoice.selectedProperty().not());
        nativeField.disableProperty().bind(trunkChoice.selectedProperty().not());
        choice.modeProperty().addListener((o, a, m) -> radio(m).setSelected(true));
    }

    private void select(boolean selected, Mode m) {
        if (selected) {
            choice.modeProperty().set(m);
            if (m == Mode.ACCESS) {
                tagField.requestFocus();
            } else if (m == Mode.TRUNK) {
                trunkField.requestFocus();
            }
        }
    }

    private RadioButton radio(Mode m) {
        return switch (m) {
            case NONE -> noneChoice;
            case ACCESS -> accessChoice;
            case TRUNK -> trunkChoice;
        };
    }
}
