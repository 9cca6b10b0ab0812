package io.patchbay.ui.topology;

import io.patchbay.export.SafeText;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.NodeBox;
import io.patchbay.model.Device;
import io.patchbay.ui.common.KindIcons;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/** One node of the graph: an icon for its kind, its name, a second line (kind, MAC or state) and states as style classes. */
final class GraphNodeView extends Region {
    private static final List<String> STATES = List.of(NodeState.DOWN, NodeState.NO_CARRIER, NodeState.DRIFT,
            NodeState.PENDING, NodeState.VM_OFF, "selected", "highlighted", "collapsed");
    private final String id;
    private final FontIcon icon = new FontIcon();
    private final Text name = new Text();
    private final Text detail = new Text();
    private GraphSubject subject;

    GraphNodeView(String id) {
        this.id = id;
        getStyleClass().add("graph-node");
        icon.getStyleClass().add("node-icon");
        name.getStyleClass().add("node-name");
        detail.getStyleClass().add("node-detail");
        name.setManaged(false);
        detail.setManaged(false);
        icon.setManaged(false);
        getChildren().addAll(icon, name, detail);
    }

    String nodeId() {
        return id;
    }

    GraphSubject subject() {
        return subject;
    }

    /** Shows {@code s} at {@code box}; {@code hidden} is how many nodes a collapsed bridge hides (null: not collapsed). */
    void update(GraphSubject s, NodeBox box, Integer hidden, boolean pending) {
        if (s != subject) {
            subject = s;
            String kindClass;
            if (s instanceof GraphSubject.OfDevice d) {
                icon.setIconLiteral(KindIcons.literal(d.device().kind()));
                kindClass = "kind-" + d.device().kind().wireName();
            } else if (s instanceof GraphSubject.OfVm) {
                icon.setIconLiteral("mdi2m-monitor");
                kindClass = "kind-vm";
            } else {
                icon.setIconLiteral("mdi2e-expansion-card-variant");
                kindClass = "kind-vnic";
            }
            getStyleClass().removeIf(c -> c.startsWith("kind-"));
            getStyleClass().add(kindClass);
            name.setText(fit(SafeText.terminal(s.label()), 17));
        }
        detail.setText(fit(hidden != null ? "+" + hidden + " \u25B8" : detailOf(s), 22));
        getStyleClass().removeAll(STATES);
        getStyleClass().addAll(NodeState.of(s, pending));
        if (hidden != null) {
            getStyleClass().add("collapsed");
        }
        // the Group around sizes managed children to their preferred size: make that the box
        setMinSize(box.width(), box.height());
        setPrefSize(box.width(), box.height());
        setMaxSize(box.width(), box.height());
        resizeRelocate(box.x(), box.y(), box.width(), box.height());
    }

    /**
     * Far out, names are unreadable: drawing only the boxes keeps panning smooth. The icon and
     * texts leave the scene rather than being hidden, since JavaFX visits every node of the scene
     * on each pulse (a 2,000-node host has 6,000 of them).
     */
    void setDetailed(boolean on) {
        if (on && getChildren().isEmpty()) {
            getChildren().addAll(icon, name, detail);
        } else if (!on && !getChildren().isEmpty()) {
            getChildren().clear();
        }
    }

    void setFlag(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        } else if (!on) {
            getStyleClass().remove(styleClass);
        }
    }

    private static String detailOf(GraphSubject s) {
        if (s instanceof GraphSubject.OfDevice d) {
            Device dev = d.device();
            if (dev.bond() != null && dev.bond().mode() != null) {
                return "bond " + dev.bond().mode();
            }
            if (dev.vlan() != null && dev.vlan().id() != null) {
                return "vlan " + dev.vlan().id();
            }
            return dev.mac() != null ? dev.mac() : dev.kind().wireName();
        }
        if (s instanceof GraphSubject.OfVm v) {
            return v.vm().state() == null ? "vm" : v.vm().state();
        }
        GraphSubject.OfVnic v = (GraphSubject.OfVnic) s;
        return v.vnic().model() == null ? "vNIC" : "vNIC " + v.vnic().model();
    }

    /** Keeps a text inside the box: long names end in an ellipsis (the inspector has them whole). */
    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        icon.relocate(7, (h - 18) / 2);
        name.relocate(30, 3);
        detail.relocate(30, h / 2 + 1);
    }
}
