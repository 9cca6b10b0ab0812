package io.patchbay.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Every FXML file of the console, loaded with the one string bundle and an explicit controller factory. */
public final class Fxml {
    /**
     * The FXML files under /fxml that are loaded on their own. The main window's panes
     * (hosts_pane, graph_toolbar, graph_pane, inspector_pane, journal_pane, status_bar) are
     * {@code fx:include}d by main_window.fxml and get their controllers from the same factory.
     */
    public enum File {
        MAIN_WINDOW("/fxml/main_window.fxml"),
        DEVICES_TAB("/fxml/devices_tab.fxml"),
        CHANGES_TAB("/fxml/changes_tab.fxml"),
        VNIC_CREATE("/fxml/vnic_create.fxml"),
        VLAN_FIELDS("/fxml/vlan_fields.fxml"),
        NEWVM_DIALOG("/fxml/newvm_dialog.fxml"),
        MACPOOL_MANAGER("/fxml/macpool_manager.fxml"),
        CHANGE_PREVIEW("/fxml/change_preview.fxml");

        private final String path;

        File(String path) {
            this.path = path;
        }
    }

    private Fxml() {
    }

    /** The console's strings for the default locale (English, Japanese). */
    public static ResourceBundle strings() {
        return ResourceBundle.getBundle("i18n.strings", Locale.getDefault());
    }

    public static Parent load(File file, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource(file.path), strings());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + file.path, e);
        }
    }
}
