package io.patchbay.ui.vnic;

import io.patchbay.ui.vnic.CreateVnicViewModel.MacMode;
import io.patchbay.ui.vnic.CreateVnicViewModel.Problem;
import io.patchbay.ui.vnic.CreateVnicViewModel.SourceKind;
import io.patchbay.ui.vlan.VlanFieldsView;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;

/** The create-vNIC form (vnic_create.fxml): binds its controls to a {@link CreateVnicViewModel}. */
public final class CreateVnicView {
    private final CreateVnicViewModel vm;
    private final ResourceBundle strings;

    @FXML
    private RadioButton bridgeChoice;
    @FXML
    private ComboBox<String> bridgeBox;
    @FXML
    private RadioButton networkChoice;
    @FXML
    private TextField networkField;
    @FXML
    private javafx.scene.layout.HBox portgroupRow;
    @FXML
    private ChoiceBox<String> portgroupBox;
    @FXML
    private Label vlanLabel;
    @FXML
    private javafx.scene.layout.VBox vlanBox;
    @FXML
    private ChoiceBox<String> modelBox;
    @FXML
    private RadioButton poolChoice;
    @FXML
    private ChoiceBox<String> poolBox;
    @FXML
    private RadioButton typedChoice;
    @FXML
    private TextField macField;
    @FXML
    private CheckBox liveBox;
    @FXML
    private CheckBox configBox;
    @FXML
    private Label liveReason;
    @FXML
    private Label problemLabel;
    @FXML
    private Label macToUse;

    public CreateVnicView(CreateVnicViewModel vm, ResourceBundle strings) {
        this.vm = vm;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        bridgeBox.getItems().setAll(vm.prefill().bridges());
        bridgeBox.valueProperty().bindBidirectional(vm.bridgeProperty());
        networkField.textProperty().bindBidirectional(vm.networkProperty());
        (vm.sourceKindProperty().get() == SourceKind.BRIDGE ? bridgeChoice : networkChoice).setSelected(true);
        bridgeChoice.selectedProperty().addListener((o, a, b) -> vm.sourceKindProperty().set(b ? SourceKind.BRIDGE : SourceKind.NETWORK));
        bridgeBox.disableProperty().bind(bridgeChoice.selectedProperty().not());
        networkField.disableProperty().bind(networkChoice.selectedProperty().not());

        vlanBox.getChildren().setAll(VlanFieldsView.load(vm.vlan()));
        for (javafx.scene.Node n : new javafx.scene.Node[] {vlanLabel, vlanBox}) {
            n.visibleProperty().bind(vm.vlanShownProperty());
            n.managedProperty().bind(vm.vlanShownProperty());
        }
        portgroupRow.visibleProperty().bind(Bindings.isNotEmpty(portgroupBox.getItems()));
        portgroupRow.managedProperty().bind(portgroupRow.visibleProperty());
        showPortgroups(vm.portgroupsProperty().get());
        vm.portgroupsProperty().addListener((o, a, now) -> showPortgroups(now));
        portgroupBox.valueProperty().addListener((o, a, b) -> vm.portgroupProperty().set(b == null
                || b.equals(strings.getString("vnic.create.portgroupDefault")) ? "" : b));

        modelBox.getItems().setAll(vm.models());
        modelBox.valueProperty().bindBidirectional(vm.modelProperty());

        poolBox.getItems().setAll(vm.prefill().pools());
        poolBox.valueProperty().bindBidirectional(vm.poolProperty());
        poolChoice.setDisable(vm.prefill().pools().isEmpty());
        (vm.macModeProperty().get() == MacMode.POOL ? poolChoice : typedChoice).setSelected(true);
        poolChoice.selectedProperty().addListener((o, a, b) -> vm.macModeProperty().set(b ? MacMode.POOL : MacMode.TYPED));
        poolBox.disableProperty().bind(poolChoice.selectedProperty().not());
        macField.disableProperty().bind(typedChoice.selectedProperty().not());
        macField.textProperty().bindBidirectional(vm.typedMacProperty());
        typedChoice.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                macField.requestFocus();
            }
        });

        liveBox.selectedProperty().bindBidirectional(vm.liveProperty());
        liveBox.setDisable(!vm.liveAvailable());
        liveReason.setVisible(!vm.liveAvailable());
        liveReason.setManaged(!vm.liveAvailable());
        configBox.selectedProperty().bindBidirectional(vm.configProperty());

        macToUse.textProperty().bind(Bindings.createStringBinding(() -> text(vm.macToUseProperty().get()),
                vm.macToUseProperty()));
        problemLabel.textProperty().bind(Bindings.createStringBinding(() -> text(vm.problemProperty().get()), vm.problemProperty()));
    }

    /** The network's portgroups, its default first (no portgroup: libvirt takes the default one). */
    private void showPortgroups(java.util.List<String> groups) {
        if (groups.isEmpty()) {
            portgroupBox.getItems().clear();
            return;
        }
        String keep = vm.portgroupProperty().get();
        portgroupBox.getItems().setAll(strings.getString("vnic.create.portgroupDefault"));
        portgroupBox.getItems().addAll(groups);
        portgroupBox.setValue(groups.contains(keep) ? keep : portgroupBox.getItems().get(0));
    }

    /** The sentence for a problem, from the bundle. */
    String text(Problem p) {
        return p == null ? "" : String.format(strings.getString(p.key()), p.args().toArray());
    }
}
