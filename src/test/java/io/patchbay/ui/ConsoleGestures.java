package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.topology.GraphGestures;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The robot gestures the console's lab tests share: drag a node over another, wait for a dialog. */
final class ConsoleGestures {
    private ConsoleGestures() {
    }

    /**
     * Drags node {@code from} over node {@code to} and waits (bounded) until the graph shows its hint
     * there. The platform starts the drag-and-drop a moment after the press moved, so the pointer can
     * reach the target first: it is moved by a pixel until the target has answered. Other users of the
     * lab's libvirtd add and remove VMs meanwhile, which moves nodes: the pointer follows the target,
     * and a drag that missed its node (nothing dragged) is released and tried again.
     */
    static Label dragOver(FxRobot robot, ConsoleFixture app, String from, String to) throws Exception {
        Label hint = robot.lookup("#" + GraphGestures.HINT_ID).query();
        for (int attempt = 0; attempt < 3 && !hint.isVisible(); attempt++) {
            if (attempt > 0) {
                robot.drop(); // nothing was dragged (the hint never showed): releasing starts no change
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(app.viewModel().change().phaseProperty().get()).isEqualTo(ChangeViewModel.Phase.IDLE);
            }
            robot.drag(node(app, from), MouseButton.PRIMARY).moveTo(node(app, to));
            for (int i = 0; i < 60 && !hint.isVisible(); i++) {
                if (i % 15 == 14) {
                    robot.moveTo(node(app, to));
                } else {
                    robot.moveBy(i % 2 == 0 ? 1 : -1, 0);
                }
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        assertThat(hint.isVisible()).as("the drop hint over " + to).isTrue();
        return hint;
    }

    static Node node(ConsoleFixture app, String id) {
        return app.controller().graph().nodeView(id);
    }

    /** Waits for the showing dialog with {@code id} (a closed one may linger in the lookup). */
    static DialogPane await(FxRobot robot, ConsoleFixture app, String id, Duration wait) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(wait.toSeconds(), TimeUnit.SECONDS, () -> showing(robot, id).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            // say what the console said instead (the status bar), so that a failure names its cause
            throw new AssertionError("no " + id + " within " + wait.toSeconds() + " s; status bar: \""
                    + robot.lookup("#statusLabel").queryLabeled().getText() + "\"; change phase: "
                    + app.viewModel().change().phaseProperty().get(), e);
        }
        // the window is placed right after it is shown (same FX event): clicks go where it ends up
        WaitForAsyncUtils.waitForFxEvents();
        return showing(robot, id).orElseThrow();
    }

    /** The dialog with {@code id} whose window is showing, if any. */
    static Optional<DialogPane> showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery();
    }
}
