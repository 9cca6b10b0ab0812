package io.patchbay.ui.macpool;

import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.common.Fxml;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Tools > MAC pools: the pools with ranges and usage, adding a pool, and the MACs used twice on the connected hosts. */
public final class MacPoolManagerDialog {
    /** The dialog pane's id (tests look it up). */
    public static final String DIALOG_ID = "macPoolDialog";

    private MacPoolManagerDialog() {
    }

    /** showAndWait on the FX thread; reading and adding run on {@code tasks}. */
    public static void show(Window owner, MacPoolSource source, BackgroundTasks tasks) {
        ResourceBundle strings = Fxml.strings();
        MacPoolManagerViewModel vm = new MacPoolManagerViewModel(source, tasks);
        Parent form = Fxml.load(Fxml.File.MACPOOL_MANAGER, type -> new MacPoolManagerView(vm, strings));
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        d.setTitle(strings.getString("macpool.title"));
        d.setHeaderText(strings.getString("macpool.header"));
        d.setResizable(true);
        d.getDialogPane().setId(DIALOG_ID);
        d.getDialogPane().setPrefWidth(820);
        d.getDialogPane().setContent(form);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        vm.refresh();
        d.showAndWait();
    }
}
