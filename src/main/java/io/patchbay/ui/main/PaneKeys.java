package io.patchbay.ui.main;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab move between the window's panes (hosts, search, graph, inspector, the bottom
 * tabs) rather than through every button on the way, when the keyboard is in one of them; anywhere
 * else (a toolbar button, a spinner) they traverse as usual. In the bottom tabs the keyboard goes
 * to the open tab's list or table.
 */
final class PaneKeys {
    /** The panes' CSS selectors ("#hostList"), in Tab order: each pane has its own controller and file. */
    private final List<String> selectors;

    private PaneKeys(List<String> selectors) {
        this.selectors = List.copyOf(selectors);
    }

    /** Installs the keys on the scene {@code anyNode} is (or will be) in; {@code panes} are the panes' selectors. */
    static void install(Node anyNode, List<String> panes) {
        PaneKeys keys = new PaneKeys(panes);
        anyNode.sceneProperty().addListener((o, a, b) -> {
            if (b != null && a == null) {
                keys.attach(b);
            }
        });
        if (anyNode.getScene() != null) {
            keys.attach(anyNode.getScene());
        }
    }

    private void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            List<Node> panes = selectors.stream().map(scene::lookup).toList();
            int at = paneOf(panes, scene.getFocusOwner());
            if (at < 0 || panes.contains(null)) {
                return;
            }
            int n = panes.size();
            Node next = panes.get(Math.floorMod(at + (e.isShiftDown() ? -1 : 1), n));
            focusIn(next);
            e.consume();
        });
    }

    /** The index of the pane that holds {@code focused}, or -1. */
    private static int paneOf(List<Node> panes, Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            int i = panes.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void focusIn(Node pane) {
        if (pane instanceof TabPane tabs && tabs.getSelectionModel().getSelectedItem() != null) {
            Node first = firstFocusable(tabs.getSelectionModel().getSelectedItem().getContent());
            if (first != null) {
                first.requestFocus();
                return;
            }
        }
        pane.requestFocus();
    }

    private static Node firstFocusable(Node n) {
        if (n == null || !n.isVisible() || n.isDisabled()) {
            return null;
        }
        if (n.isFocusTraversable()) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node f = firstFocusable(c);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
