package io.patchbay.layout;

/** Where a node went: top-left corner and size. */
public record NodeBox(String id, String host, Layer layer, double x, double y, double width, double height) {
    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
