package io.patchbay.ui.notify;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Short success notes over a pane (the graph): non-modal, they never take the focus or a click,
 * stay a few seconds and fade out; the newest is at the bottom, at most {@link #KEEP} at once.
 */
public final class Notifications {
    /** The style class and the id prefix of a note (tests look it up). */
    public static final String STYLE = "notification";
    public static final String ID = "changeNotification";
    static final int KEEP = 3;
    private static final Duration SHOWN = Duration.seconds(4);
    private static final Duration FADE = Duration.millis(800);

    private final VBox stack = new VBox(6);

    /** Notes go over {@code holder}, at its bottom right. */
    public Notifications(StackPane holder) {
        stack.setAlignment(Pos.BOTTOM_RIGHT);
        stack.setPadding(new Insets(12));
        stack.setPickOnBounds(false);
        stack.setMouseTransparent(true);
        stack.setFocusTraversable(false);
        StackPane.setAlignment(stack, Pos.BOTTOM_RIGHT);
        holder.getChildren().add(stack);
    }

    /** Shows {@code text} (already formatted from the bundle) as a success note. */
    public Label success(String text) {
        Label note = new Label(text, new FontIcon("mdi2c-check-circle-outline"));
        note.getStyleClass().addAll(STYLE, "notification-success");
        note.setId(ID);
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.setAccessibleRole(AccessibleRole.TEXT);
        note.setAccessibleText(text);
        stack.getChildren().add(note);
        while (stack.getChildren().size() > KEEP) {
            stack.getChildren().remove(0);
        }
        FadeTransition fade = new FadeTransition(FADE, note);
        fade.setToValue(0);
        SequentialTransition life = new SequentialTransition(new PauseTransition(SHOWN), fade);
        life.setOnFinished(e -> stack.getChildren().remove(note));
        life.play();
        return note;
    }
}
