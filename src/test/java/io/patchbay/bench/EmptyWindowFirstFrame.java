package io.patchbay.bench;

import io.patchbay.ui.common.FirstFrameLog;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The baseline of the console's first-frame figure (bench/run-all): an empty JavaFX window of
 * the console's size, started the same way (same JVM, class path and Xvfb), logging its first
 * frame through {@link FirstFrameLog} like the console ({@code -Dpatchbay.firstFrameLog=exit}).
 * The difference to the console's figure is what Patchbay itself adds to the start. (The main
 * class does not extend Application, like io.patchbay.Main: JavaFX is on the class path.)
 */
public final class EmptyWindowFirstFrame {
    private EmptyWindowFirstFrame() {
    }

    /** The empty window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(new StackPane(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
            stage.setTitle("Patchbay baseline");
            stage.setScene(scene);
            FirstFrameLog.install(scene);
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
