package io.patchbay.layout;

import java.util.List;

/** An edge's drawn path, from the bottom of the upper node to the top of the lower one. */
public record EdgeRoute(String from, String to, String kind, List<Point> points) {
    public EdgeRoute {
        points = List.copyOf(points);
    }
}
