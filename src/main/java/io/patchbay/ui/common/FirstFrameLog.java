package io.patchbay.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement for packaging benchmarks and the installer smoke test. With
 * {@code -Dpatchbay.firstFrameLog=true} the console prints to stderr when its first frame is laid
 * out and handed to the renderer ({@code patchbay first frame at epoch <ms>}) and when the main
 * window's first frame is ({@code patchbay console ready at epoch <ms>}; the same frame when the
 * console starts without a light first scene). With {@code -Dpatchbay.firstFrameLog=exit} it also
 * quits right after the main window's first frame has been rendered. Without the property it does
 * nothing.
 */
public final class FirstFrameLog {
    /** The system property that turns the measurement on. */
    public static final String PROPERTY = "patchbay.firstFrameLog";

    private FirstFrameLog() {
    }

    /** The first frame of a scene that is the whole window: notes it, and quits after it in exit mode. */
    public static void install(Scene scene) {
        atNextPulse(scene, "patchbay first frame at epoch ", true);
    }

    /** Notes the scene's next pulse as the first frame, if the property asks for it. */
    public static void firstFrame(Scene scene) {
        atNextPulse(scene, "patchbay first frame at epoch ", false);
    }

    /** Notes the scene's next pulse as the main window's first frame (and quits in exit mode). */
    public static void ready(Scene scene) {
        atNextPulse(scene, "patchbay console ready at epoch ", true);
    }

    private static void atNextPulse(Scene scene, String line, boolean last) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("true") && !mode.equals("exit")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.err.println(line + System.currentTimeMillis());
            if (last && mode.equals("exit")) {
                // runLater: the frame of this pulse is rendered before the application stops
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
