package io.patchbay.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each host's rows are named (Uplinks · Bonds · VLANs · Bridges · vNICs · VMs): one name per
 * row a host has nodes in, in the gutter at the host's left ({@link HostGrid#GUTTER}), level with
 * the row's centre. Pure Java.
 */
public final class RowNames {
    /** A row's name to draw: its layer, the host, and the left end and vertical centre of the text. */
    public record RowName(String host, Layer layer, double x, double centerY) {
    }

    private RowNames() {
    }

    public static List<RowName> of(Layout layout) {
        Map<String, Map<Layer, Double>> rows = new HashMap<>();
        for (NodeBox b : layout.nodes().values()) {
            rows.computeIfAbsent(b.host(), h -> new EnumMap<>(Layer.class)).putIfAbsent(b.layer(), b.centerY());
        }
        List<RowName> out = new ArrayList<>();
        for (HostFrame f : layout.hosts()) {
            rows.getOrDefault(f.host(), Map.of()).forEach((layer, y) -> out.add(new RowName(f.host(), layer, f.x() + 10, y)));
        }
        return out;
    }
}
