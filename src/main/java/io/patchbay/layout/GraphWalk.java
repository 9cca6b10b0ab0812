package io.patchbay.layout;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Walking the picture with the arrow keys from a node. Up and down follow the node's edges to the
 * connected node in the nearest row above or below (nearest in x when several); a node with no
 * edge that way goes to the nearest node of the host's next row that way, so the keys never stop
 * short. Left and right go to the neighbour in the same row of the same host. Pure Java.
 */
public final class GraphWalk {
    /** An arrow key. */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private GraphWalk() {
    }

    /** Where {@code direction} leads from node {@code from} in {@code layout}; empty at the edge of the picture. */
    public static Optional<String> step(Layout layout, String from, Direction direction) {
        NodeBox at = from == null ? null : layout.nodes().get(from);
        if (at == null) {
            return Optional.empty();
        }
        Comparator<NodeBox> nearInX = Comparator.comparingDouble(b -> Math.abs(b.centerX() - at.centerX()));
        switch (direction) {
            case LEFT:
            case RIGHT:
                boolean right = direction == Direction.RIGHT;
                return sameHost(layout, at)
                        .filter(b -> b.layer() == at.layer() && (right ? b.centerX() > at.centerX() : b.centerX() < at.centerX()))
                        .min(nearInX.thenComparing(NodeBox::id)).map(NodeBox::id);
            default:
                boolean up = direction == Direction.UP;
                Predicate<NodeBox> thatWay = b -> up ? b.centerY() < at.centerY() : b.centerY() > at.centerY();
                Comparator<NodeBox> nearest = Comparator.<NodeBox>comparingDouble(b -> Math.abs(b.centerY() - at.centerY()))
                        .thenComparing(nearInX).thenComparing(NodeBox::id);
                Optional<NodeBox> linked = layout.edges().stream()
                        .map(e -> e.from().equals(from) ? e.to() : e.to().equals(from) ? e.from() : null)
                        .filter(id -> id != null && layout.nodes().containsKey(id))
                        .map(id -> layout.nodes().get(id)).filter(thatWay).min(nearest);
                return linked.or(() -> sameHost(layout, at).filter(thatWay).min(nearest)).map(NodeBox::id);
        }
    }

    /** The other way: up for down, left for right; null for null. */
    public static Direction opposite(Direction d) {
        if (d == null) {
            return null;
        }
        switch (d) {
            case UP:
                return Direction.DOWN;
            case DOWN:
                return Direction.UP;
            case LEFT:
                return Direction.RIGHT;
            default:
                return Direction.LEFT;
        }
    }

    private static Stream<NodeBox> sameHost(Layout layout, NodeBox at) {
        return layout.nodes().values().stream().filter(b -> b.host().equals(at.host()) && !b.id().equals(at.id()));
    }
}
