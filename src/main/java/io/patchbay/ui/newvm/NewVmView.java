package io.patchbay.ui.newvm;

import io.patchbay.newvm.NewVmMaker;
import io.patchbay.newvm.NewVmPlan;
import io.patchbay.newvm.VnicOrder;
import io.patchbay.ui.newvm.NewVmViewModel.SourceKind;
import io.patchbay.ui.newvm.NewVmViewModel.State;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The new-VM form and its preview (newvm_dialog.fxml), bound to a {@link NewVmViewModel}. */
public final class NewVmView {
    private final NewVmViewModel vm;
    private final ResourceBundle strings;

    @FXML
    private ChoiceBox<NewVmHost> hostBox;
    @FXML
    private RadioButton templateChoice;
    @FXML
    private ChoiceBox<String> templateBox;
    @FXML
    private RadioButton snapshotChoice;
    @FXML
    private ChoiceBox<String> snapshotVmBox;
    @FXML
    private ChoiceBox<String> snapshotBox;
    @FXML
    private TextField nameField;
    @FXML
    private ChoiceBox<String> poolBox;
    @FXML
    private CheckBox withoutDisksBox;
    @FXML
    private Label problemLabel;
    @FXML
    private Label ruleLabel;
    @FXML
    private TableView<NewVmPlan.PlannedVnic> vnicTable;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> orderColumn;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> nameColumn;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> pciColumn;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> sourceColumn;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> modelColumn;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> oldMacColumn;
    @FXML
    private TableColumn<NewVmPlan.PlannedVnic, String> newMacColumn;
    @FXML
    private Label disksLabel;
    @FXML
    private Label warningLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label statusLabel;

    public NewVmView(NewVmViewModel vm, ResourceBundle strings) {
        this.vm = vm;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        hostBox.setItems(vm.hosts());
        hostBox.valueProperty().bindBidirectional(vm.hostProperty());
        templateChoice.setSelected(vm.sourceKindProperty().get() == SourceKind.TEMPLATE);
        snapshotChoice.setSelected(vm.sourceKindProperty().get() == SourceKind.SNAPSHOT);
        templateChoice.selectedProperty().addListener((o, a, b) -> vm.sourceKindProperty().set(b ? SourceKind.TEMPLATE : SourceKind.SNAPSHOT));
        templateBox.disableProperty().bind(templateChoice.selectedProperty().not());
        snapshotVmBox.disableProperty().bind(snapshotChoice.selectedProperty().not());
        snapshotBox.disableProperty().bind(snapshotChoice.selectedProperty().not());
        fillHostLists(vm.hostProperty().get());
        vm.hostProperty().addListener((o, a, b) -> fillHostLists(b));
        templateBox.valueProperty().bindBidirectional(vm.templateProperty());
        snapshotVmBox.valueProperty().bindBidirectional(vm.snapshotVmProperty());
        snapshotBox.setItems(vm.snapshots());
        snapshotBox.valueProperty().bindBidirectional(vm.snapshotProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        poolBox.setItems(vm.pools());
        poolBox.valueProperty().bindBidirectional(vm.poolProperty());
        withoutDisksBox.selectedProperty().bindBidirectional(vm.withoutDisksProperty());

        column(orderColumn, v -> Integer.toString(v.order()));
        column(nameColumn, NewVmPlan.PlannedVnic::name);
        column(pciColumn, NewVmPlan.PlannedVnic::pci);
        column(sourceColumn, v -> v.sourceType() + " " + orDash(v.source()));
        column(modelColumn, NewVmPlan.PlannedVnic::model);
        column(oldMacColumn, NewVmPlan.PlannedVnic::oldMac);
        column(newMacColumn, NewVmPlan.PlannedVnic::newMac);

        vm.problemProperty().addListener(x -> render());
        vm.stateProperty().addListener(x -> render());
        vm.errorProperty().addListener(x -> render());
        render();
    }

    private void fillHostLists(NewVmHost h) {
        templateBox.getItems().setAll(h == null ? List.of() : h.templates());
        snapshotVmBox.getItems().setAll(h == null ? List.of() : h.domains());
        templateBox.setValue(vm.templateProperty().get());
    }

    private static void column(TableColumn<NewVmPlan.PlannedVnic, String> c, Function<NewVmPlan.PlannedVnic, String> f) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(orDash(f.apply(x.getValue()))));
    }

    private void render() {
        NewVmViewModel.Problem p = vm.problemProperty().get();
        problemLabel.setText(p == null ? "" : String.format(strings.getString(p.key()), p.args().toArray()));
        State s = vm.stateProperty().get();
        NewVmMaker.Result shown = vm.createdProperty().get() != null ? vm.createdProperty().get() : vm.previewProperty().get();
        if (shown == null) {
            vnicTable.getItems().clear();
            ruleLabel.setText(strings.getString("newvm.previewEmpty"));
            disksLabel.setText("");
            warningLabel.setText("");
        } else {
            NewVmPlan plan = shown.plan();
            vnicTable.getItems().setAll(plan.vnics());
            ruleLabel.setText(String.format(strings.getString(plan.rule() == VnicOrder.Rule.PCI ? "newvm.rule.pci" : "newvm.rule.name"),
                    plan.name(), plan.from()));
            disksLabel.setText(disks(plan));
            warningLabel.setText(shown.warning() == null ? "" : shown.warning());
        }
        progress.setVisible(vm.busy());
        progress.setManaged(vm.busy());
        statusLabel.getStyleClass().removeAll("form-problem", "form-ok");
        String host = vm.hostProperty().get() == null ? "" : vm.hostProperty().get().label();
        String name = vm.nameProperty().get() == null ? "" : vm.nameProperty().get().strip();
        if (s == State.CREATED) {
            statusLabel.getStyleClass().add("form-ok");
        } else if (s == State.FAILED) {
            statusLabel.getStyleClass().add("form-problem");
        }
        statusLabel.setText(switch (s) {
            case PLANNING -> String.format(strings.getString("newvm.status.planning"), vm.source(), host);
            case PLANNED -> String.format(strings.getString("newvm.status.planned"), name, host);
            case CREATING -> String.format(strings.getString("newvm.status.creating"), name, host);
            case CREATED -> String.format(strings.getString("newvm.status.created"), name, host)
                    + (vm.macsDifferFromPreview() ? " " + strings.getString("newvm.status.macsChanged") : "");
            case FAILED -> String.format(strings.getString("newvm.status.failed"), vm.errorProperty().get());
            case EDITING -> vm.errorProperty().get() != null
                    ? String.format(strings.getString("newvm.status.failed"), vm.errorProperty().get())
                    : p == null ? strings.getString("newvm.status.ready") : "";
        });
    }

    private String disks(NewVmPlan plan) {
        if (plan.disks().isEmpty()) {
            return strings.getString("newvm.disk.none");
        }
        List<String> out = new ArrayList<>();
        for (NewVmPlan.PlannedDisk d : plan.disks()) {
            String key = switch (d.action()) {
                case CLONE -> "newvm.disk.clone";
                case SHARE_READONLY -> "newvm.disk.shared";
                case DROP -> "newvm.disk.dropped";
            };
            out.add(String.format(strings.getString(key), d.target(), orDash(d.from()), orDash(d.to())));
        }
        return String.join("\n", out);
    }

    private static String orDash(String s) {
        return s == null ? "\u2014" : s;
    }
}
