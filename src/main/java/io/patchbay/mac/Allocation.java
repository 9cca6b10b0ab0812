package io.patchbay.mac;

import java.util.List;

/**
 * MACs just handed out by a pool, in order.
 *
 * @param remaining free MACs left in the pool after this allocation (not counting MACs in use
 *                  elsewhere when those could only be asked about, not counted)
 */
public record Allocation(String pool, List<MacAddress> macs, long remaining) {
    /** At or below this many free MACs, the pool warns. */
    public static final long LOW_WATER = 10;

    public Allocation {
        macs = List.copyOf(macs);
    }

    /** A sentence for the user when the pool runs low, or null. */
    public String warning() {
        return remaining <= LOW_WATER ? "pool " + pool + " has only " + remaining + " free MAC"
                + (remaining == 1 ? "" : "s") + " left" : null;
    }
}
