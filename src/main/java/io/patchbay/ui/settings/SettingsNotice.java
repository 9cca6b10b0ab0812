package io.patchbay.ui.settings;

import io.patchbay.settings.SettingsJson;
import io.patchbay.settings.SettingsLoad;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The one-time notice when console.json could not be used at start (the next start has nothing to say). */
final class SettingsNotice {
    /** The notice's id, for tests. */
    static final String DIALOG_ID = "settingsNotice";

    /** What to say: bundle keys of the header and the body, with the body's arguments. */
    record Text(String headerKey, String bodyKey, Object... args) {
    }

    private SettingsNotice() {
    }

    /** The notice for a load of {@code file}, or empty when the file was read or there was none. */
    static Optional<Text> of(SettingsLoad load, Path file) {
        return switch (load.outcome()) {
            case NONE, READ -> Optional.empty();
            case MOVED_ASIDE -> Optional.of(new Text("settings.notice.unreadable.header", "settings.notice.movedAside",
                    file, load.movedTo()));
            case NEWER_VERSION -> Optional.of(new Text("settings.notice.newer.header", "settings.notice.newer",
                    file, load.version(), SettingsJson.VERSION));
            case STUCK -> Optional.of(new Text("settings.notice.unreadable.header", "settings.notice.stuck", file));
        };
    }

    /** Shows the notice without blocking (the window goes on starting behind it). */
    static void show(Text text, ResourceBundle strings, Window owner) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle(strings.getString("settings.notice.title"));
        a.setHeaderText(strings.getString(text.headerKey()));
        a.setContentText(String.format(strings.getString(text.bodyKey()), text.args()));
        a.getDialogPane().setId(DIALOG_ID);
        a.getDialogPane().setPrefWidth(560);
        a.show();
    }
}
