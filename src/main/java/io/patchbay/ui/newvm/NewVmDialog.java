package io.patchbay.ui.newvm;

import io.patchbay.newvm.NewVmMaker;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.newvm.NewVmViewModel.State;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * New VM from a template or a snapshot: Preview shows the vNIC order and the MACs before
 * anything is made; Create defines the VM (off the FX thread) and shows the outcome; Close
 * leaves (not while a VM is being made).
 */
public final class NewVmDialog {
    /** The dialog pane's id (tests look it up). */
    public static final String DIALOG_ID = "newVmDialog";
    /** The ids of its buttons. */
    public static final String PREVIEW_ID = "newVmPreview";
    public static final String CREATE_ID = "newVmCreate";

    /** A VM made by the dialog, on the host labelled {@code host}. */
    public record Made(String host, String uri, NewVmMaker.Result result) {
    }

    private NewVmDialog() {
    }

    /** showAndWait on the FX thread; the work runs on {@code tasks}. Empty when nothing was made. */
    public static Optional<Made> show(Window owner, List<NewVmHost> hosts, NewVmBackend backend, BackgroundTasks tasks) {
        ResourceBundle strings = Fxml.strings();
        NewVmViewModel vm = new NewVmViewModel(hosts, backend, tasks);
        Parent form = Fxml.load(Fxml.File.NEWVM_DIALOG, type -> new NewVmView(vm, strings));
        Dialog<Made> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        d.setTitle(strings.getString("newvm.title"));
        d.setHeaderText(strings.getString("newvm.header"));
        d.setResizable(true);
        d.getDialogPane().setId(DIALOG_ID);
        d.getDialogPane().setPrefWidth(800);
        d.getDialogPane().setContent(form);
        ButtonType preview = new ButtonType(strings.getString("newvm.preview"), ButtonData.LEFT);
        ButtonType create = new ButtonType(strings.getString("newvm.create"), ButtonData.OK_DONE);
        ButtonType close = new ButtonType(strings.getString("newvm.close"), ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(preview, create, close);
        Node previewButton = d.getDialogPane().lookupButton(preview);
        Node createButton = d.getDialogPane().lookupButton(create);
        Node closeButton = d.getDialogPane().lookupButton(close);
        previewButton.setId(PREVIEW_ID);
        createButton.setId(CREATE_ID);
        previewButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.problemProperty().get() != null || vm.busy() || vm.stateProperty().get() == State.CREATED,
                vm.problemProperty(), vm.stateProperty()));
        createButton.disableProperty().bind(vm.stateProperty().isNotEqualTo(State.PLANNED));
        closeButton.disableProperty().bind(vm.stateProperty().isEqualTo(State.CREATING));
        previewButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.preview();
        });
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.create();
        });
        d.setOnCloseRequest(e -> {
            if (vm.stateProperty().get() == State.CREATING) {
                e.consume(); // the VM is being made: its outcome must be seen
            }
        });
        d.setResultConverter(b -> {
            NewVmMaker.Result made = vm.createdProperty().get();
            NewVmHost h = vm.hostProperty().get();
            return made == null || h == null ? null : new Made(h.label(), h.uri(), made);
        });
        vm.loadPools();
        return d.showAndWait();
    }
}
