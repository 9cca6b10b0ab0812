package io.patchbay.layout;

import java.util.Objects;

/**
 * A box to place: {@code id} is unique over all hosts, {@code key} orders it within its layer
 * when nothing better is known (a stable, natural-order name).
 */
public record LayoutNode(String id, String host, Layer layer, String key, double width, double height) {
    public LayoutNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(key, "key");
    }
}
