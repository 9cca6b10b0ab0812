package io.patchbay.ui.topology;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/**
 * Drag and drop on the graph: a node that {@code draggable} accepts is dragged (real JavaFX drag and
 * drop); over each node the verdict shows as a style class ({@code drop-accept} / {@code drop-refuse})
 * and a hint beside the pointer that says what a drop would do or why it cannot; Escape cancels; a
 * drop on an accepting node calls {@code dropped} (after the gesture ended).
 */
public final class GraphGestures {
    /** The dragboard format of a dragged graph node (its id). */
    public static final DataFormat NODE = new DataFormat("application/x-patchbay-graph-node");
    public static final String ACCEPT = "drop-accept";
    public static final String REFUSE = "drop-refuse";
    /** The id of the hint label (tests). */
    public static final String HINT_ID = "dropHint";

    private final GraphView view;
    private final Predicate<String> draggable;
    private final BiFunction<String, String, DropHint> verdict;
    private final BiConsumer<String, String> dropped;
    private final Label hint = new Label();
    private String pressed;
    private String dragging;
    private String over;
    private DropHint overHint;
    private boolean cancelled;

    /**
     * @param verdict what a drop of the first id on the second would do (the second never null)
     * @param dropped called on the FX thread, once the gesture is over, for an accepted drop
     */
    public GraphGestures(GraphView view, Predicate<String> draggable, BiFunction<String, String, DropHint> verdict,
                         BiConsumer<String, String> dropped) {
        this.view = view;
        this.draggable = draggable;
        this.verdict = verdict;
        this.dropped = dropped;
        hint.setId(HINT_ID);
        hint.getStyleClass().add("drop-hint");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        view.addOverlay(hint);
        view.setDragSource(draggable);
        // the drag starts from the node pressed: when it is detected the pointer may have left a small node
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed = view.nodeIdAt(e.getPickResult().getIntersectedNode()));
        view.addEventHandler(MouseEvent.DRAG_DETECTED, this::start);
        view.addEventHandler(DragEvent.DRAG_OVER, this::over);
        view.addEventHandler(DragEvent.DRAG_DROPPED, this::drop);
        view.addEventHandler(DragEvent.DRAG_EXITED, e -> clearTarget());
        view.addEventHandler(DragEvent.DRAG_DONE, e -> end());
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (dragging != null && e.getCode() == KeyCode.ESCAPE) {
                cancelled = true;
                clearTarget();
                e.consume();
            }
        });
    }

    /** The hint beside the pointer (tests read its text). */
    public Label hint() {
        return hint;
    }

    /** The node being dragged, or null. */
    public String dragging() {
        return dragging;
    }

    private void start(MouseEvent e) {
        String id = pressed;
        if (id == null || !e.isPrimaryButtonDown() || !draggable.test(id)) {
            return;
        }
        dragging = id;
        cancelled = false;
        view.requestFocus();
        Dragboard db = view.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent c = new ClipboardContent();
        c.put(NODE, id);
        db.setContent(c);
        Region node = view.nodeView(id);
        if (node != null) {
            WritableImage img = node.snapshot(null, null);
            // the image hangs below and left of the pointer, so the target under the pointer stays visible
            db.setDragView(img, img.getWidth() + 6, -14);
        }
        e.consume();
    }

    private void over(DragEvent e) {
        if (dragging == null || !e.getDragboard().hasContent(NODE)) {
            return;
        }
        String target = view.nodeIdAt(e.getPickResult().getIntersectedNode());
        if (cancelled || target == null) {
            clearTarget();
        } else {
            if (!target.equals(over)) {
                clearTarget();
                over = target;
                overHint = verdict.apply(dragging, target);
                flag(over, overHint.accepted() ? ACCEPT : REFUSE, true);
                hint.setText((overHint.accepted() ? "\u2713 " : "\u2717 ") + overHint.text());
                hint.getStyleClass().removeAll(ACCEPT, REFUSE);
                hint.getStyleClass().add(overHint.accepted() ? ACCEPT : REFUSE);
                hint.setVisible(true);
            }
            hint.applyCss(); // its new text's size with the theme's font and padding, not the last one's
            hint.autosize();
            // above and right of the pointer (the dragged image hangs below and left)
            hint.relocate(Math.min(e.getX() + 14, Math.max(0, view.getWidth() - hint.getWidth() - 4)),
                    Math.max(0, e.getY() - hint.getHeight() - 14));
            if (overHint.accepted()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        }
        e.consume();
    }

    private void drop(DragEvent e) {
        String from = dragging;
        String target = view.nodeIdAt(e.getPickResult().getIntersectedNode());
        boolean ok = from != null && !cancelled && target != null && e.getDragboard().hasContent(NODE)
                && verdict.apply(from, target).accepted();
        e.setDropCompleted(ok);
        e.consume();
        end();
        if (ok) {
            Platform.runLater(() -> dropped.accept(from, target));
        }
    }

    private void end() {
        clearTarget();
        dragging = null;
    }

    private void clearTarget() {
        if (over != null) {
            flag(over, ACCEPT, false);
            flag(over, REFUSE, false);
        }
        over = null;
        overHint = null;
        hint.setVisible(false);
    }

    private void flag(String id, String styleClass, boolean on) {
        if (view.nodeView(id) instanceof GraphNodeView v) {
            v.setFlag(styleClass, on);
        }
    }
}
