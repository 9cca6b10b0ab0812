package io.patchbay.layout;

/** A point in layout coordinates (pixels at zoom 1, y grows downwards). */
public record Point(double x, double y) {
}
