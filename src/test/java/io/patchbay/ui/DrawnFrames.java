package io.patchbay.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** For the screenshot tools: waits until the window has really drawn more frames. */
final class DrawnFrames {
    private DrawnFrames() {
    }

    /** Waits (bounded, 10 s) until the FX thread has run {@code n} more pulses: frames really drawn. */
    static void await(int n) throws InterruptedException {
        CountDownLatch frames = new CountDownLatch(n);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.countDown();
                if (frames.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        if (!frames.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window drew no " + n + " frames within 10 s");
        }
    }
}
