package io.patchbay.settings;

/**
 * Where the window was and how big, in screen coordinates; when it was maximized, these are the
 * bounds it returns to.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public WindowGeometry {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("window bounds must be finite with a positive size: "
                    + x + "," + y + " " + width + "x" + height);
        }
    }
}
