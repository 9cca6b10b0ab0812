package io.patchbay.ui.topology;

import io.patchbay.export.SafeText;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.NodeBox;
import io.patchbay.model.Device;
import io.patchbay.model.Vnic;
import io.patchbay.ui.common.KindIcons;
import io.patchbay.ui.common.SeverityIcons;
import io.patchbay.problems.Severity;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One node of the graph: an icon for its kind, its name, a second line (kind, MAC, state or a
 * guest's address; a VM's tap shows its guest's MAC) and states as style classes, a down or
 * carrier-less node also by a sign before its name (never by colour alone); a badge when
 * it is a subject of problems and a red mark when its traffic lost frames, both told in its
 * tooltip. Its accessible text tells kind, name, second line, states, problems and losses.
 */
final class GraphNodeView extends Region {
    private static final List<String> STATES = List.of(NodeState.DOWN, NodeState.NO_CARRIER, NodeState.DRIFT,
            NodeState.PENDING, NodeState.VM_OFF, "selected", "highlighted", "collapsed");
    private final String id;
    private final FontIcon icon = new FontIcon();
    private final Text name = new Text();
    private final Text detail = new Text();
    private final FontIcon badge = new FontIcon();
    private final FontIcon lossMark = new FontIcon("mdi2a-arrow-down-bold-circle");
    private GraphSubject subject;
    private NodeBadge problems;
    private String loss;
    private Tooltip tooltip;
    private boolean detailed = true;
    private String detailText = "";
    /** A sign before the name for a state colour alone would tell (down, no carrier), or "". */
    private String stateSign = "";
    private Vnic guest;
    private java.util.function.Function<String, String> words = key -> key;

    GraphNodeView(String id) {
        this.id = id;
        getStyleClass().add("graph-node");
        icon.getStyleClass().add("node-icon");
        name.getStyleClass().add("node-name");
        detail.getStyleClass().add("node-detail");
        name.setManaged(false);
        detail.setManaged(false);
        icon.setManaged(false);
        badge.getStyleClass().add("node-badge");
        badge.setManaged(false);
        lossMark.getStyleClass().add("node-loss");
        lossMark.setManaged(false);
        getChildren().addAll(icon, name, detail);
    }

    String nodeId() {
        return id;
    }

    GraphSubject subject() {
        return subject;
    }

    /** Shows {@code s} at {@code box}; {@code hidden} is how many nodes a collapsed bridge hides (null: not collapsed). */
    void update(GraphSubject s, Vnic guestVnic, NodeBox box, Integer hidden, boolean pending) {
        guest = guestVnic;
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
            fitName();
        }
        List<String> states = NodeState.of(s, pending);
        detailText = hidden != null ? "+" + hidden + " \u25B8" : detailOf(s, guest);
        String sign = sign(states);
        if (!sign.equals(stateSign)) {
            stateSign = sign;
            fitName();
        }
        fitDetail();
        detail.getStyleClass().remove("node-address");
        if (hidden == null && s instanceof GraphSubject.OfVm v && VmAddresses.shown(v.vm()).isPresent()) {
            detail.getStyleClass().add("node-address");
        }
        getStyleClass().removeAll(STATES);
        getStyleClass().addAll(states);
        if (hidden != null) {
            getStyleClass().add("collapsed");
        }
        describe();
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
        detailed = on;
        showChildren();
    }

    private void showChildren() {
        List<javafx.scene.Node> want = new ArrayList<>();
        if (detailed) {
            want.addAll(List.of(icon, name, detail));
            if (problems != null) {
                want.add(badge);
            }
            if (loss != null) {
                want.add(lossMark);
            }
        }
        if (!getChildren().equals(want)) {
            getChildren().setAll(want);
        }
    }

    /** Shows the problems this node is a subject of (null: none). */
    void setBadge(NodeBadge b) {
        if (java.util.Objects.equals(b, problems)) {
            return;
        }
        problems = b;
        for (Severity sev : Severity.values()) {
            badge.getStyleClass().remove(SeverityIcons.styleClass(sev));
        }
        if (b != null) {
            badge.setIconLiteral(SeverityIcons.literal(b.severity()));
            badge.getStyleClass().add(SeverityIcons.styleClass(b.severity()));
        }
        setFlag("has-problem", b != null);
        fitName();
        showChildren();
        describe();
    }

    /** Marks the node red where its vNIC dropped frames or had errors since the previous refresh; {@code sentence} says how many (null: none). */
    void setLoss(String sentence) {
        if (java.util.Objects.equals(sentence, loss)) {
            return;
        }
        loss = sentence;
        setFlag("traffic-loss", sentence != null);
        fitDetail();
        showChildren();
        describe();
    }

    /** The bundles' words for states, by key. */
    void setWords(java.util.function.Function<String, String> words) {
        this.words = words;
        describe();
    }

    /** The badge's and the mark's sentences as tooltip; those and what the node is as accessible text. */
    private void describe() {
        List<String> lines = new ArrayList<>();
        if (problems != null) {
            lines.addAll(problems.sentences());
        }
        if (loss != null) {
            lines.add(loss);
        }
        setAccessibleText(spoken(lines));
        if (lines.isEmpty()) {
            if (tooltip != null) {
                Tooltip.uninstall(this, tooltip);
                tooltip = null;
            }
            return;
        }
        String text = String.join("\n", lines);
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(300));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            Tooltip.install(this, tooltip);
        }
        tooltip.setText(text);
    }

    /** Kind, name, second line and states, then the problems' and losses' sentences. */
    private String spoken(List<String> sentences) {
        if (subject == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(kindWord(subject) + " " + SafeText.terminal(subject.label()));
        parts.add(detailText);
        for (String c : getStyleClass()) {
            String key = STATE_WORDS.get(c);
            if (key != null) {
                parts.add(words.apply(key));
            }
        }
        parts.addAll(sentences);
        return String.join(", ", parts);
    }

    private static final java.util.Map<String, String> STATE_WORDS = java.util.Map.of(
            NodeState.DOWN, "graph.node.state.down", NodeState.NO_CARRIER, "graph.node.state.noCarrier",
            NodeState.VM_OFF, "graph.node.state.vmOff", NodeState.DRIFT, "graph.node.state.drift",
            NodeState.PENDING, "graph.node.state.pending", "collapsed", "graph.node.state.collapsed");

    private static String kindWord(GraphSubject s) {
        if (s instanceof GraphSubject.OfDevice d) {
            return d.device().kind().wireName();
        }
        return s instanceof GraphSubject.OfVm ? "vm" : "vnic";
    }

    /** A sign for a state that colour and opacity alone would tell: down, no carrier. */
    private static String sign(List<String> states) {
        if (states.contains(NodeState.DOWN)) {
            return "\u2193 ";
        }
        return states.contains(NodeState.NO_CARRIER) ? "\u00D7 " : "";
    }

    /** The second line, shorter when the loss mark takes the bottom right corner. */
    private void fitDetail() {
        detail.setText(fit(detailText, loss == null ? 22 : 19));
    }

    /**
     * The name, shorter when the badge takes the top right corner. A name near the limit (a vNIC
     * without a tap is named by its 17-character MAC) is set smaller so that it stays whole in its box.
     */
    private void fitName() {
        if (subject != null) {
            String label = SafeText.terminal(subject.label());
            int room = (problems == null ? 17 : 15) - stateSign.length();
            boolean small = label.length() > room - 2;
            toggle(name.getStyleClass(), "small-name", small);
            name.setText(stateSign + fit(label, small ? room + 2 : room));
        }
    }

    void setFlag(String styleClass, boolean on) {
        toggle(getStyleClass(), styleClass, on);
    }

    private static void toggle(java.util.List<String> styleClasses, String styleClass, boolean on) {
        if (on && !styleClasses.contains(styleClass)) {
            styleClasses.add(styleClass);
        } else if (!on) {
            styleClasses.remove(styleClass);
        }
    }

    private static String detailOf(GraphSubject s, Vnic guest) {
        if (s instanceof GraphSubject.OfDevice d) {
            Device dev = d.device();
            if (guest != null && guest.mac() != null) {
                return guest.mac(); // the guest's MAC, which the admin knows; the tap's fe: one is in the inspector
            }
            if (dev.bond() != null && dev.bond().mode() != null) {
                return "bond " + dev.bond().mode();
            }
            if (dev.vlan() != null && dev.vlan().id() != null) {
                return "vlan " + dev.vlan().id();
            }
            return dev.mac() != null ? dev.mac() : dev.kind().wireName();
        }
        if (s instanceof GraphSubject.OfVm v) {
            // a guest's address says more than "running"; a VM that does not run has none
            return VmAddresses.shown(v.vm()).orElse(v.vm().state() == null ? "vm" : v.vm().state());
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
        // on the corners, astride the border: clear of the texts and of the edges (top and bottom middle)
        badge.relocate(getWidth() - 11, -6);
        lossMark.relocate(getWidth() - 11, h - 9);
    }
}
