package io.patchbay.ui.topology;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Views of the graph kept in vertical strips of the picture, of which only the strips reaching into
 * the view are children of the scene. JavaFX visits every node of a scene for its bounds on every
 * pulse, visible or not, so a strip out of view is taken out of the scene rather than hidden: a
 * pan at zoom 1.0 then costs the few hundred nodes in view, not the whole host.
 */
final class Strips {
    /** Width of one strip, in layout pixels. */
    static final double WIDTH = 1200;
    private final Group parent;
    private final Map<Integer, Group> strips = new HashMap<>();
    /** Left and right end of what each strip holds (a long edge reaches beyond its strip). */
    private final Map<Integer, double[]> spans = new HashMap<>();
    private final Consumer<Group> onShow;

    /** {@code onShow} sees each strip as it comes into the scene (to bring its views up to date). */
    Strips(Group parent, Consumer<Group> onShow) {
        this.parent = parent;
        this.onShow = onShow;
    }

    /** The strips now in the scene. */
    Iterable<Group> shown() {
        return strips.values().stream().filter(g -> g.getParent() != null)::iterator;
    }

    /** Forgets the extents: call before placing the views of a new scene. */
    void clearSpans() {
        spans.clear();
    }

    /** Puts {@code n}, which spans {@code minX..maxX} of the picture, into the strip where it starts. */
    void place(Node n, double minX, double maxX) {
        int key = (int) Math.floor(minX / WIDTH);
        Group strip = strips.computeIfAbsent(key, k -> {
            Group g = new Group();
            g.setAutoSizeChildren(false);
            return g;
        });
        if (n.getParent() != strip) {
            detach(n);
            strip.getChildren().add(n);
        }
        double[] span = spans.computeIfAbsent(key, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        span[0] = Math.min(span[0], minX);
        span[1] = Math.max(span[1], maxX);
    }

    /**
     * Puts into the scene the strips that reach into {@code x0..x1} of the picture; unless
     * {@code keep}, takes out the others.
     */
    void show(double x0, double x1, boolean keep) {
        strips.forEach((key, strip) -> {
            double[] span = spans.get(key);
            boolean in = span != null && span[1] >= x0 && span[0] <= x1 && !strip.getChildren().isEmpty();
            if (in && strip.getParent() == null) {
                onShow.accept(strip);
                parent.getChildren().add(strip);
            } else if (!in && !keep && strip.getParent() != null) {
                parent.getChildren().remove(strip);
            }
        });
    }

    /** Takes {@code n} out of whatever group holds it. */
    static void detach(Node n) {
        if (n.getParent() instanceof Group g) {
            g.getChildren().remove(n);
        }
    }
}
