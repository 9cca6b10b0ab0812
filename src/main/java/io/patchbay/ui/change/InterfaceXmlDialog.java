package io.patchbay.ui.change;

import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** A vNIC's interface XML as libvirt has it, shown read-only (Show XML). */
public final class InterfaceXmlDialog {
    /** The id of the dialog's pane (tests). */
    public static final String DIALOG_ID = "vnicXmlDialog";

    private InterfaceXmlDialog() {
    }

    public static void show(Stage stage, ResourceBundle strings, VnicRef r, String xml) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(strings.getString("xml.title"));
        d.setHeaderText(String.format(strings.getString("xml.header"), r.mac(), r.vm().name(), r.host()));
        TextArea area = new TextArea(xml.strip());
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.setPrefColumnCount(70);
        area.setPrefRowCount(14);
        area.setId("vnicXml");
        d.getDialogPane().setContent(area);
        d.getDialogPane().setId(DIALOG_ID);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        d.setResizable(true);
        d.show();
    }
}
