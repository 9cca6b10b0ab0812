package io.patchbay.ui.change;

import io.patchbay.ui.common.Fxml;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The preview of a plan as a window beside the graph (not modal: the impact is drawn on the graph
 * behind it). Apply confirms, Cancel or closing it drops the plan.
 */
public final class PreviewDialog {
    /** Ids for tests. */
    public static final String DIALOG_ID = "changePreview";
    public static final String APPLY_ID = "previewApply";
    public static final String CANCEL_ID = "previewCancel";

    private PreviewDialog() {
    }

    /** Shows the preview; exactly one of {@link ChangeViewModel#confirm()} or {@link ChangeViewModel#cancel()} follows. */
    public static Dialog<ButtonType> show(Window owner, ChangeViewModel vm, ChangeViewModel.Preview preview) {
        ResourceBundle strings = Fxml.strings();
        Parent content = Fxml.load(Fxml.File.CHANGE_PREVIEW, type -> new PreviewView(preview, strings));
        Dialog<ButtonType> d = new Dialog<>();
        d.initModality(Modality.NONE);
        if (owner != null) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        d.setTitle(strings.getString("preview.title"));
        d.setHeaderText(String.format(strings.getString("preview.header"), preview.plan().vm(), preview.plan().host()));
        d.getDialogPane().setId(DIALOG_ID);
        d.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(strings.getString("preview.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(strings.getString("preview.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(apply, cancel);
        Button a = (Button) d.getDialogPane().lookupButton(apply);
        a.setId(APPLY_ID);
        a.setDisable(preview.plan().steps().isEmpty());
        d.getDialogPane().lookupButton(cancel).setId(CANCEL_ID);
        d.setResizable(true);
        d.setOnHidden(e -> {
            if (d.getResult() == apply) {
                vm.confirm();
            } else {
                vm.cancel();
            }
        });
        d.show();
        if (owner != null) {
            // at the window's right edge, over the inspector: the impact drawn on the graph stays in view
            d.setX(Math.max(owner.getX(), owner.getX() + owner.getWidth() - d.getWidth() - 12));
            d.setY(owner.getY() + Math.min(110, Math.max(0, owner.getHeight() - d.getHeight())));
        }
        return d;
    }
}
