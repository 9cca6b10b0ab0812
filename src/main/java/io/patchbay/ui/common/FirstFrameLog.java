package io.patchbay.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement for packaging benchmarks and the installer smoke test. With
 * {@code -Dpatchbay.firstFrameLog=true} the console prints one line to stderr when its first
 * frame is laid out and handed to the renderer:
 * {@code patchbay first frame: <ms since process start> ms, epoch <ms>}. With
 * {@code -Dpatchbay.firstFrameLog=exit} it also quits right after that frame has been rendered.
 * Without the property it does nothing.
 */
public final class FirstFrameLog {
    /** The system property that turns the measurement on. */
    public static final String PROPERTY = "patchbay.firstFrameLog";

    private FirstFrameLog() {
    }

    /** Watches the scene's first pulse if the property asks for it. */
    public static void install(Scene scene) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("true") && !mode.equals("exit")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.err.println("patchbay first frame at epoch " + System.currentTimeMillis());
            if (mode.equals("exit")) {
                // runLater: the frame of this pulse is rendered before the application stops
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
