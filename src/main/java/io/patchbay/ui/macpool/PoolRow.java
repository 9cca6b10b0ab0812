package io.patchbay.ui.macpool;

import io.patchbay.mac.Allocation;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacRange;
import io.patchbay.mac.MacUsage;
import java.util.stream.Collectors;

/**
 * One pool as the manager lists it. {@code used} counts allocated, reserved and (when the hosts
 * were read) in-use MACs inside its ranges; {@code low} when {@code free} is at or below
 * {@link Allocation#LOW_WATER}.
 */
public record PoolRow(String name, String ranges, long size, long used, long free, boolean low) {
    /** The row of {@code pool}, counting {@code usage} (the MACs in use on the hosts). */
    public static PoolRow of(MacPool pool, MacUsage usage) {
        long free = pool.free(usage);
        return new PoolRow(pool.name(), pool.ranges().stream().map(MacRange::toString).collect(Collectors.joining(", ")),
                pool.size(), pool.size() - free, free, free <= Allocation.LOW_WATER);
    }

    /** Used share, 0 to 1 (the usage bar). */
    public double usedShare() {
        return size == 0 ? 1 : (double) used / size;
    }
}
