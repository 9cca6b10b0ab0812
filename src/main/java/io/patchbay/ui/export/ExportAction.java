package io.patchbay.ui.export;

import io.patchbay.model.HostTopology;
import io.patchbay.ui.topology.GraphScene;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File → Export…: PNG or SVG of the graph, DOT or JSON of the model, chosen by the file type. */
public final class ExportAction {
    private final ResourceBundle strings;
    private final Window owner;

    public ExportAction(ResourceBundle strings, Window owner) {
        this.strings = strings;
        this.owner = owner;
    }

    public void run(GraphScene scene, List<HostTopology> hosts, Consumer<String> status) {
        if (scene == null || hosts.isEmpty()) {
            status.accept(strings.getString("export.nothing"));
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(strings.getString("menu.file.export"));
        for (ExportFormat f : ExportFormat.values()) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(strings.getString("export.format." + f.extension()),
                    "*." + f.extension()));
        }
        fc.setInitialFileName("topology.png");
        File file = fc.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        ExportFormat format = ExportFormat.forFile(file.toPath());
        if (format == null) {
            int i = fc.getExtensionFilters().indexOf(fc.getSelectedExtensionFilter());
            format = ExportFormat.values()[Math.max(0, i)];
            file = new File(file.getPath() + "." + format.extension());
        }
        try {
            format.write(file.toPath(), scene.graph(), scene.layout(), hosts);
            status.accept(String.format(strings.getString("export.done"), file));
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, String.format(strings.getString("export.failed"), file, e.getMessage()));
            a.initOwner(owner);
            a.show();
        }
    }
}
