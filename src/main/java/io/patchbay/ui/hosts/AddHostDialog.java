package io.patchbay.ui.hosts;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a host to add: a name, an SSH target or alias, a libvirt URI and a key file. */
public final class AddHostDialog {
    private AddHostDialog() {
    }

    public static Optional<HostRequest> show(ResourceBundle strings, Window owner) {
        Dialog<HostRequest> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(strings.getString("hosts.add.title"));
        d.setHeaderText(strings.getString("hosts.add.header"));
        d.getDialogPane().setId("addHostDialog");
        TextField name = field("addHostName", strings.getString("hosts.add.namePrompt"));
        TextField ssh = field("addHostSsh", strings.getString("hosts.add.sshPrompt"));
        TextField libvirt = field("addHostLibvirt", strings.getString("hosts.add.libvirtPrompt"));
        TextField key = field("addHostKey", strings.getString("hosts.add.keyPrompt"));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(strings.getString("hosts.add.name")), name);
        g.addRow(1, new Label(strings.getString("hosts.add.ssh")), ssh);
        g.addRow(2, new Label(strings.getString("hosts.add.libvirt")), libvirt);
        g.addRow(3, new Label(strings.getString("hosts.add.key")), key);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                ssh.textProperty().isEmpty().and(libvirt.textProperty().isEmpty()));
        d.setResultConverter(b -> b == ButtonType.OK
                ? new HostRequest(name.getText(), ssh.getText(), libvirt.getText(),
                        key.getText().isBlank() ? null : Path.of(key.getText().strip()))
                : null);
        return d.showAndWait();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }
}
