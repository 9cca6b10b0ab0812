package io.patchbay.ui.main;

import io.patchbay.layout.GraphSubject;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.topology.GraphView;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Keys on the graph, for the selected node: N new vNIC, M move to (the menu), L link up/down, V VLAN,
 * Delete remove, Ctrl+C copy MAC, X show XML, the context-menu key or Shift+F10 the menu.
 */
final class GraphKeys {
    private final MainViewModel vm;
    private final GraphView graph;
    private final VnicActions actions;
    private final GraphMenu menu;

    private GraphKeys(MainViewModel vm, GraphView graph, VnicActions actions, GraphMenu menu) {
        this.vm = vm;
        this.graph = graph;
        this.actions = actions;
        this.menu = menu;
    }

    static void install(MainViewModel vm, GraphView graph, VnicActions actions, GraphMenu menu) {
        graph.addEventHandler(KeyEvent.KEY_PRESSED, new GraphKeys(vm, graph, actions, menu)::key);
    }

    private void key(KeyEvent e) {
        String id = vm.topology().selectedProperty().get();
        if (id == null) {
            return;
        }
        Map<String, GraphSubject> s = actions.subjects();
        Optional<VnicRef> ref = VnicRef.of(s, id);
        KeyCode c = e.getCode();
        if (c == KeyCode.CONTEXT_MENU || (c == KeyCode.F10 && e.isShiftDown()) || (c == KeyCode.M && ref.isPresent())) {
            Region v = graph.nodeView(id);
            if (v != null) {
                Bounds b = v.localToScreen(v.getBoundsInLocal());
                menu.show(id, b.getMinX(), b.getMaxY());
            }
        } else if (c == KeyCode.N) {
            if (ref.isPresent()) {
                actions.createVnic(ref.get().host(), ref.get().vm().name(), ref.get().bridge());
            } else if (s.get(id) instanceof GraphSubject.OfVm v) {
                actions.createVnic(v.host(), v.vm().name(), null);
            } else {
                return;
            }
        } else if (ref.isEmpty()) {
            return;
        } else if (c == KeyCode.L) {
            actions.toggleLink(ref.get());
        } else if (c == KeyCode.DELETE) {
            actions.remove(ref.get());
        } else if (c == KeyCode.C && e.isShortcutDown()) {
            actions.copyMac(ref.get());
        } else if (c == KeyCode.X) {
            actions.showXml(ref.get());
        } else if (c == KeyCode.V && !e.isShortcutDown()) {
            actions.vlan(ref.get());
        } else {
            return;
        }
        e.consume();
    }
}
