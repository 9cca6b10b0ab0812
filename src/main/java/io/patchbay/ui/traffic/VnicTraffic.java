package io.patchbay.ui.traffic;

import java.util.List;

/**
 * What the console knows of one vNIC's traffic: its rates over the last minutes (oldest first) and
 * whether drops or errors grew at the last refresh.
 */
public record VnicTraffic(TrafficKey key, List<RatePoint> points, LossGrowth loss) {
    public VnicTraffic {
        points = List.copyOf(points);
    }

    /** The latest rate, or null before two readings of the same counters. */
    public RatePoint latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
