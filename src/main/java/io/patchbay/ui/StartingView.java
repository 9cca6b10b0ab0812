package io.patchbay.ui;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The light first scene of the console: the window's background with the application's name and
 * "Starting…", made of plain shapes and texts (no controls, skins or icon fonts) so that it is
 * ready in a few milliseconds while the main window is built.
 */
final class StartingView {
    private StartingView() {
    }

    static Parent create(String title, String starting) {
        Text name = new Text(title);
        name.getStyleClass().add("starting-title");
        Text note = new Text(starting);
        note.getStyleClass().add("starting-note");
        VBox box = new VBox(6, name, note);
        box.setFillWidth(false);
        box.setStyle("-fx-alignment: center;");
        StackPane root = new StackPane(box);
        root.setId("startingView");
        root.getStyleClass().add("starting-view");
        return root;
    }
}
