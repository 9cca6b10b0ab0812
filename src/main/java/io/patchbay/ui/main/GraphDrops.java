package io.patchbay.ui.main;

import io.patchbay.layout.GraphSubject;
import io.patchbay.ui.change.DropRule;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.topology.DropHint;
import io.patchbay.ui.topology.GraphGestures;
import io.patchbay.ui.topology.GraphView;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/** Dragging on the graph: a vNIC onto a bridge moves it, a VM onto a bridge creates a vNIC there ({@link DropRule} says where). */
final class GraphDrops {
    private final VnicActions actions;
    private final ResourceBundle strings;

    private GraphDrops(VnicActions actions, ResourceBundle strings) {
        this.actions = actions;
        this.strings = strings;
    }

    static void install(GraphView graph, VnicActions actions, ResourceBundle strings) {
        GraphDrops d = new GraphDrops(actions, strings);
        new GraphGestures(graph, id -> DropRule.draggable(actions.subjects(), id), d::hint, d::dropped);
    }

    private DropHint hint(String dragged, String target) {
        DropRule.Verdict v = DropRule.check(actions.subjects(), dragged, target, actions::changeable,
                actions.scope());
        return new DropHint(v.accepted(), Messages.format(strings, v.message()));
    }

    private void dropped(String dragged, String target) {
        Map<String, GraphSubject> s = actions.subjects();
        GraphSubject t = s.get(target);
        if (!(t instanceof GraphSubject.OfDevice bridge)) {
            return;
        }
        Optional<VnicRef> ref = VnicRef.of(s, dragged);
        if (ref.isPresent()) {
            actions.move(ref.get(), bridge.device().name());
        } else if (s.get(dragged) instanceof GraphSubject.OfVm v) {
            actions.createVnic(v.host(), v.vm().name(), bridge.device().name());
        }
    }
}
