package io.patchbay.ui.topology;

import io.patchbay.layout.EdgeRoute;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.HostFrame;
import io.patchbay.layout.Layout;
import io.patchbay.layout.NodeBox;
import io.patchbay.layout.Point;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Draws a {@link GraphScene} into its own pane: host frames, edges and nodes. Zoom with the wheel
 * or + / - / 0 (fit), pan by dragging, click to select, double-click a bridge to collapse it.
 * A new scene updates the nodes it already has in place and adds or removes only what changed.
 */
public final class GraphView extends Region {
    private static final double MIN_SCALE = 0.02;
    private static final double MAX_SCALE = 4;
    /** Below this zoom, nodes are drawn as plain boxes (level of detail). */
    private static final double DETAIL_SCALE = 0.4;
    /** The key of an edge's traffic style class in its properties. */
    private static final String EDGE_CLASS = "patchbay.edgeClass";
    private final Group content = new Group();
    private final Group frames = new Group();
    private final Group edges = new Group();
    private final Group nodes = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private final Map<String, GraphNodeView> nodeViews = new HashMap<>();
    private final Map<String, Polyline> edgeViews = new HashMap<>();
    private final Map<String, Group> frameViews = new HashMap<>();
    /** Node and edge views in vertical strips, so a pulse only walks the strips in view. */
    private final Strips nodeStrips = new Strips(nodes, this::showDetail);
    private final EdgeVlanLabels vlanLabels = new EdgeVlanLabels();
    private final Strips edgeStrips = new Strips(edges, strip -> { });
    private final Rectangle clip = new Rectangle();
    private Consumer<String> onSelect = id -> { };
    private Consumer<String> onToggle = id -> { };
    private GraphScene shown;
    private String selected;
    private Set<String> highlighted = Set.of();
    private Set<String> pending = Set.of();
    private Map<String, NodeBadge> badges = Map.of();
    private Map<String, String> losses = Map.of();
    private Map<EdgeEnds, String> edgeClasses = Map.of();
    private double dragX;
    private double dragY;
    private boolean dragged;
    /** Nodes a press on which starts a drag-and-drop gesture, not a pan. */
    private java.util.function.Predicate<String> dragSource = id -> false;
    private boolean pressedOnDragSource;
    private boolean fitPending = true;
    private boolean detailed = true;

    public GraphView() {
        getStyleClass().add("graph-view");
        setId("graphView");
        content.getTransforms().addAll(translate, scale);
        content.getChildren().addAll(frames, edges, nodes);
        getChildren().add(content);
        setClip(clip);
        setFocusTraversable(true);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
            GraphNodeView hit = nodeAt(e.getPickResult().getIntersectedNode());
            pressedOnDragSource = hit != null && e.getButton() == MouseButton.PRIMARY && dragSource.test(hit.nodeId());
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - dragX;
            double dy = e.getY() - dragY;
            if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
                dragged = true;
                if (pressedOnDragSource) {
                    return; // the node is being dragged somewhere (GraphGestures), the picture stays
                }
                pan(dx, dy);
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        // the tab pane around takes the focus on press: take it back once the press is over
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            GraphNodeView hit = nodeAt(e.getPickResult().getIntersectedNode());
            if (e.getClickCount() == 2 && hit != null) {
                onToggle.accept(hit.nodeId());
            } else {
                onSelect.accept(hit == null ? null : hit.nodeId());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode c = e.getCode();
            if (c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS) {
                zoom(1.25, getWidth() / 2, getHeight() / 2);
            } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
                zoom(1 / 1.25, getWidth() / 2, getHeight() / 2);
            } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
                fit();
            } else {
                return;
            }
            e.consume();
        });
    }

    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    public void setOnToggle(Consumer<String> onToggle) {
        this.onToggle = onToggle;
    }

    /** Which nodes are dragged (drag and drop) rather than panning the picture when pressed. */
    public void setDragSource(java.util.function.Predicate<String> dragSource) {
        this.dragSource = dragSource;
    }

    /** The id of the node that {@code picked} (e.g. an event's pick result) belongs to, or null. */
    public String nodeIdAt(Node picked) {
        GraphNodeView v = nodeAt(picked);
        return v == null ? null : v.nodeId();
    }

    /** Adds something drawn above the picture, not zoomed with it (drag hints). */
    void addOverlay(Node n) {
        n.setManaged(false);
        getChildren().add(n);
    }

    public double zoomLevel() {
        return scale.getX();
    }

    /** The drawn node for an id (tests, export), or null. */
    public Region nodeView(String id) {
        return nodeViews.get(id);
    }

    public int nodeCount() {
        return nodeViews.size();
    }

    public int edgeCount() {
        return edgeViews.size();
    }

    /** Shows a scene; nodes already on screen move to their new place rather than being rebuilt. */
    public void show(GraphScene scene) {
        shown = scene;
        Layout l = scene.layout();
        Set<String> keep = new HashSet<>();
        for (HostFrame f : l.hosts()) {
            keep.add(f.host());
            Group g = frameViews.computeIfAbsent(f.host(), h -> {
                Rectangle r = new Rectangle();
                r.getStyleClass().add("host-frame");
                Text t = new Text(h);
                t.getStyleClass().add("host-frame-title");
                Group grp = new Group(r, t);
                frames.getChildren().add(grp);
                return grp;
            });
            Rectangle r = (Rectangle) g.getChildren().get(0);
            r.setX(f.x());
            r.setY(f.y());
            r.setWidth(f.width());
            r.setHeight(f.height());
            r.setArcWidth(14);
            r.setArcHeight(14);
            Text t = (Text) g.getChildren().get(1);
            t.setX(f.x() + 14);
            t.setY(f.y() + 22);
        }
        frameViews.keySet().removeIf(h -> {
            if (!keep.contains(h)) {
                frames.getChildren().remove(frameViews.get(h));
                return true;
            }
            return false;
        });

        Map<String, GraphSubject> subjects = scene.graph().subjects();
        nodeStrips.clearSpans();
        edgeStrips.clearSpans();
        nodeViews.keySet().removeIf(id -> {
            if (!l.nodes().containsKey(id)) {
                Strips.detach(nodeViews.get(id));
                return true;
            }
            return false;
        });
        for (NodeBox b : l.nodes().values()) {
            GraphNodeView v = nodeViews.get(b.id());
            if (v == null) {
                v = new GraphNodeView(b.id());
                v.setDetailed(detailed);
                nodeViews.put(b.id(), v);
            }
            v.update(subjects.get(b.id()), b, scene.graph().hidden().get(b.id()), pending.contains(b.id()));
            nodeStrips.place(v, b.x(), b.x() + b.width());
        }
        Set<String> edgeKeys = new HashSet<>();
        for (EdgeRoute e : l.edges()) {
            String key = e.from() + "\u0000" + e.to() + "\u0000" + e.kind();
            edgeKeys.add(key);
            Polyline p = edgeViews.computeIfAbsent(key, k -> {
                Polyline line = new Polyline();
                line.getStyleClass().addAll("graph-edge", "edge-" + e.kind());
                line.setUserData(new EdgeEnds(e.from(), e.to()));
                return line;
            });
            double minX = e.points().stream().mapToDouble(Point::x).min().orElse(0);
            double maxX = e.points().stream().mapToDouble(Point::x).max().orElse(0);
            edgeStrips.place(p, minX, maxX);
            Double[] pts = new Double[e.points().size() * 2];
            int i = 0;
            for (Point pt : e.points()) {
                pts[i++] = pt.x();
                pts[i++] = pt.y();
            }
            if (!java.util.Arrays.equals(p.getPoints().toArray(new Double[0]), pts)) {
                p.getPoints().setAll(pts);
            }
        }
        edgeViews.keySet().removeIf(k -> {
            if (!edgeKeys.contains(k)) {
                Strips.detach(edgeViews.get(k));
                return true;
            }
            return false;
        });
        vlanLabels.update(l.edges(), subjects, edgeStrips);
        applyFlags();
        applyMarks();
        if (fitPending && getWidth() > 0 && !l.nodes().isEmpty()) {
            fitPending = false;
            fit();
        }
        cull();
    }

    /**
     * From the detail level in, puts into the scene only the strips that reach into the view
     * (JavaFX then walks only those). Far out the picture is one cached bitmap and every strip is
     * in it, so that panning never redraws it.
     */
    private void cull() {
        double s = scale.getX();
        if (s < DETAIL_SCALE) {
            nodeStrips.show(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
            edgeStrips.show(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
            return;
        }
        double x0 = -translate.getX() / s;
        double x1 = x0 + getWidth() / s;
        nodeStrips.show(x0, x1, false);
        edgeStrips.show(x0, x1, false);
    }

    /** Level of detail of a strip's nodes as it comes into view (strips out of view wait until then). */
    private void showDetail(Group strip) {
        for (Node n : strip.getChildren()) {
            if (n instanceof GraphNodeView v) {
                v.setDetailed(detailed);
            }
        }
    }

    /** Marks the selected node and the highlighted ones. */
    public void mark(String selectedId, Set<String> highlightedIds, Set<String> pendingIds) {
        selected = selectedId;
        highlighted = Set.copyOf(highlightedIds);
        pending = Set.copyOf(pendingIds);
        applyFlags();
    }

    private void applyFlags() {
        for (GraphNodeView v : nodeViews.values()) {
            v.setFlag("selected", v.nodeId().equals(selected));
            v.setFlag("highlighted", highlighted.contains(v.nodeId()));
            v.setFlag(NodeState.PENDING, pending.contains(v.nodeId()));
        }
    }

    /**
     * Badges for the nodes that are subjects of problems, red marks (with their sentence) for the
     * vNICs that lost traffic, and an extra style class per edge (its traffic step; an edge is
     * found by its ends in either direction), by node ids; they stay across new scenes until set again.
     */
    public void setMarks(Map<String, NodeBadge> badges, Map<String, String> losses, Map<EdgeEnds, String> edgeClasses) {
        this.badges = Map.copyOf(badges);
        this.losses = Map.copyOf(losses);
        this.edgeClasses = Map.copyOf(edgeClasses);
        applyMarks();
    }

    private void applyMarks() {
        for (GraphNodeView v : nodeViews.values()) {
            v.setBadge(badges.get(v.nodeId()));
            v.setLoss(losses.get(v.nodeId()));
        }
        for (Polyline p : edgeViews.values()) {
            String before = (String) p.getProperties().get(EDGE_CLASS);
            String now = p.getUserData() instanceof EdgeEnds ends
                    ? edgeClasses.getOrDefault(ends, edgeClasses.get(new EdgeEnds(ends.to(), ends.from()))) : null;
            if (!java.util.Objects.equals(before, now)) {
                if (before != null) {
                    p.getStyleClass().remove(before);
                }
                if (now != null) {
                    p.getStyleClass().add(now);
                }
                p.getProperties().put(EDGE_CLASS, now);
            }
        }
    }

    /** The polyline of the edge between two nodes (tests), or null. */
    public Polyline edgeView(String from, String to) {
        EdgeEnds want = new EdgeEnds(from, to);
        return edgeViews.values().stream().filter(p -> want.equals(p.getUserData())).findFirst().orElse(null);
    }

    /** The VLAN label drawn on the edge between two nodes, either order (tests), or null. */
    public String edgeVlanLabel(String a, String b) {
        return vlanLabels.text(a, b);
    }

    public void zoom(double factor, double pivotX, double pivotY) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.getX() * factor));
        double f = s / scale.getX();
        translate.setX(pivotX - (pivotX - translate.getX()) * f);
        translate.setY(pivotY - (pivotY - translate.getY()) * f);
        setScale(s);
        cull();
    }

    private void setScale(double s) {
        scale.setX(s);
        scale.setY(s);
        boolean d = s >= DETAIL_SCALE;
        if (d != detailed) {
            detailed = d;
            nodeStrips.shown().forEach(this::showDetail);
        }
        // far out the whole picture is small: pan a cached bitmap of it instead of redrawing every box
        boolean cache = s < DETAIL_SCALE;
        if (content.isCache() != cache) {
            content.setCache(cache);
            content.setCacheHint(javafx.scene.CacheHint.SPEED);
        }
    }

    public void pan(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
        cull();
    }

    /** Zooms and pans so the whole picture fits. */
    public void fit() {
        if (shown == null || shown.layout().width() <= 0 || getWidth() <= 0) {
            fitPending = true;
            return;
        }
        Layout l = shown.layout();
        double s = Math.min((getWidth() - 20) / l.width(), (getHeight() - 20) / l.height());
        s = Math.max(MIN_SCALE, Math.min(1.5, s));
        setScale(s);
        translate.setX((getWidth() - l.width() * s) / 2);
        translate.setY((getHeight() - l.height() * s) / 2);
        cull();
    }

    /** Pans so the node is in the middle, zooming in to at least 0.8 when the picture is small. */
    public void centreOn(String id) {
        NodeBox b = shown == null ? null : shown.layout().nodes().get(id);
        if (b == null || !nodeViews.containsKey(id)) {
            return;
        }
        if (scale.getX() < 0.8) {
            setScale(0.8);
        }
        // the layout's box, not the view's bounds: a view far out has no texts to measure yet
        translate.setX(getWidth() / 2 - b.centerX() * scale.getX());
        translate.setY(getHeight() / 2 - b.centerY() * scale.getY());
        cull();
    }

    private static GraphNodeView nodeAt(Node n) {
        while (n != null) {
            if (n instanceof GraphNodeView v) {
                return v;
            }
            n = n.getParent();
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        cull();
        if (fitPending && shown != null && getWidth() > 0) {
            fitPending = false;
            fit();
        }
    }
}
