package io.patchbay.ui.change;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/** The window's side of a change: its preview opens and closes with the plan on show; a failure or refusal is shown. */
public final class ChangeDialogs {
    /** The id of the failure dialog's pane (tests). */
    public static final String FAILED_DIALOG_ID = "changeFailedDialog";

    private final Stage stage;
    private final ResourceBundle strings;
    private Dialog<?> previewDialog;

    private ChangeDialogs(Stage stage, ResourceBundle strings) {
        this.stage = stage;
        this.strings = strings;
    }

    /** Follows {@code change} for the window {@code stage}. */
    public static void install(ChangeViewModel change, Stage stage, ResourceBundle strings) {
        ChangeDialogs d = new ChangeDialogs(stage, strings);
        change.previewProperty().addListener((o, a, p) -> d.preview(change, p));
        change.setOnFinished(d::finished);
    }

    private void preview(ChangeViewModel change, ChangeViewModel.Preview p) {
        if (p != null) {
            previewDialog = PreviewDialog.show(stage, change, p);
        } else if (previewDialog != null) {
            Dialog<?> d = previewDialog;
            previewDialog = null;
            if (d.isShowing()) {
                d.close();
            }
        }
    }

    private void finished(ChangeViewModel.Result r) {
        if (r.ok()) {
            return;
        }
        String detail = r.error() != null ? r.error() : r.outcome().message();
        Alert a = new Alert(Alert.AlertType.ERROR, detail);
        a.initOwner(stage);
        a.getDialogPane().setId(FAILED_DIALOG_ID);
        a.setHeaderText(strings.getString(r.plan() == null ? "change.refusedHeader" : "change.failedHeader"));
        if (r.outcome() != null && !r.outcome().left().isEmpty()) {
            a.setContentText(detail + "\n\n" + String.join("\n", r.outcome().left()));
        }
        a.getDialogPane().setPrefWidth(620);
        a.show();
    }
}
