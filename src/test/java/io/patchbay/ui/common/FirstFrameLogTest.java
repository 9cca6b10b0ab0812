package io.patchbay.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up hook the installer smoke test and benchmark read: one line at the first frame, only when asked. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameLogTest {
    private static final Pattern LINE = Pattern.compile("patchbay first frame at epoch (\\d+)");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.clearProperty(FirstFrameLog.PROPERTY);
    }

    private String captured() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Stage showScene(FxRobot robot, Label label) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Scene scene = new Scene(label, 200, 100);
            FirstFrameLog.firstFrame(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        return stage[0];
    }

    @Test
    void printsTheEpochOfTheFirstFrameOnce(FxRobot robot) throws Exception {
        System.setProperty(FirstFrameLog.PROPERTY, "true");
        long before = System.currentTimeMillis();
        Label label = new Label("first");
        Stage stage = showScene(robot, label);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> LINE.matcher(captured()).find());
        long after = System.currentTimeMillis();
        // more frames: the line stays single
        robot.interact(() -> label.setText("second"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(stage::close);

        Matcher m = LINE.matcher(captured());
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isBetween(before, after);
        assertThat(m.find()).as("a second line").isFalse();
    }

    @Test
    void printsTheMainWindowsFrameAfterTheFirstFrame(FxRobot robot) throws Exception {
        System.setProperty(FirstFrameLog.PROPERTY, "true");
        Label label = new Label("light");
        Stage stage = showScene(robot, label);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> LINE.matcher(captured()).find());
        robot.interact(() -> {
            FirstFrameLog.ready(stage.getScene());
            label.setText("main window");
        });
        Pattern ready = Pattern.compile("patchbay console ready at epoch (\\d+)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready.matcher(captured()).find());
        robot.interact(stage::close);
        Matcher first = LINE.matcher(captured());
        Matcher main = ready.matcher(captured());
        assertThat(first.find()).isTrue();
        assertThat(main.find()).isTrue();
        assertThat(Long.parseLong(main.group(1))).isGreaterThanOrEqualTo(Long.parseLong(first.group(1)));
    }

    @Test
    void staysSilentWithoutTheProperty(FxRobot robot) throws Exception {
        Label label = new Label("quiet");
        Stage stage = showScene(robot, label);
        AtomicInteger pulses = new AtomicInteger();
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(pulses::incrementAndGet));
        robot.interact(() -> label.setText("still quiet"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() > 0);
        robot.interact(stage::close);
        assertThat(captured()).doesNotContain("patchbay first frame");
    }
}
