package io.patchbay.mac;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * MACs in use outside a pool's own bookkeeping: on the hosts (live and persistent domain XML,
 * snapshots). Immutable; built from a set it can also count, or from a predicate it cannot.
 */
public final class MacUsage {
    /** Nothing known to be in use. */
    public static final MacUsage NONE = new MacUsage(new LongHashSet(), null);

    private final LongHashSet set;
    private final LongPredicate predicate;

    private MacUsage(LongHashSet set, LongPredicate predicate) {
        this.set = set;
        this.predicate = predicate;
    }

    /** Takes over {@code macs}; the caller must not change it afterwards. */
    public static MacUsage of(LongHashSet macs) {
        return new MacUsage(macs, null);
    }

    /** Usage known only by asking; {@link #countWithin} is then unknown. */
    public static MacUsage asking(LongPredicate inUse) {
        return new MacUsage(null, inUse);
    }

    public boolean contains(long mac) {
        return set != null ? set.contains(mac) : predicate.test(mac);
    }

    /** How many of these MACs lie in {@code ranges} and fail {@code except}; -1 when it cannot be counted. */
    long countWithin(List<MacRange> ranges, LongPredicate except) {
        if (set == null) {
            return -1;
        }
        long[] n = {0};
        set.forEach(mac -> {
            if (!except.test(mac) && MacPool.inAny(ranges, mac)) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** How many MACs are known to be in use; -1 when only asked. */
    public int size() {
        return set == null ? -1 : set.size();
    }
}
