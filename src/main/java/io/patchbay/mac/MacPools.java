package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Every MAC pool of one console home. No two pools' ranges overlap, so a MAC is handed out by at
 * most one pool. The pool named {@value #DEFAULT} is created on first use (see
 * docs/decisions/mac-default-pool.md).
 */
public final class MacPools {
    /** The name of the pool created on first use. */
    public static final String DEFAULT = "default";

    private final Map<String, MacPool> pools = new LinkedHashMap<>();

    public List<MacPool> all() {
        return List.copyOf(pools.values());
    }

    /** The named pool; the default one is created on first use; NOT_FOUND for any other unknown name. */
    public MacPool get(String name, RandomGenerator random) throws PatchbayException {
        MacPool p = pools.get(name);
        if (p != null) {
            return p;
        }
        if (DEFAULT.equals(name)) {
            MacPool d = DefaultPool.create(random, this);
            pools.put(DEFAULT, d);
            return d;
        }
        MacPool.checkName(name);
        throw noSuchPool(name);
    }

    /** Adds a new pool; BAD_INPUT when the name is taken or a range overlaps another pool's. */
    public void add(MacPool pool) throws PatchbayException {
        if (pools.containsKey(pool.name())) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pools.exists", pool.name()));
        }
        for (MacPool other : pools.values()) {
            for (MacRange mine : pool.ranges()) {
                for (MacRange theirs : other.ranges()) {
                    if (mine.overlaps(theirs)) {
                        throw overlap(mine, theirs, other);
                    }
                }
            }
        }
        pools.put(pool.name(), pool);
    }

    /**
     * Adds {@code range} to the named pool, keeping what it handed out; NOT_FOUND for an unknown
     * pool, BAD_INPUT when the range overlaps one of its own or another pool's.
     */
    public void addRange(String name, MacRange range) throws PatchbayException {
        MacPool p = existing(name);
        for (MacPool other : pools.values()) {
            if (other != p) {
                for (MacRange theirs : other.ranges()) {
                    if (range.overlaps(theirs)) {
                        throw overlap(range, theirs, other);
                    }
                }
            }
        }
        pools.put(name, p.withRange(range));
    }

    /**
     * Removes {@code range} (exactly one of the pool's ranges) from the named pool; REFUSED for its
     * last range or while MACs in the range are allocated or reserved.
     */
    public void removeRange(String name, MacRange range) throws PatchbayException {
        pools.put(name, existing(name).withoutRange(range));
    }

    private MacPool existing(String name) throws PatchbayException {
        MacPool p = pools.get(name);
        if (p == null) {
            MacPool.checkName(name);
            throw noSuchPool(name);
        }
        return p;
    }

    /** The pool whose ranges hold {@code mac}, or null. */
    public MacPool owning(long mac) {
        for (MacPool p : pools.values()) {
            if (p.inRanges(mac)) {
                return p;
            }
        }
        return null;
    }

    /** Whether any range of any pool overlaps {@code range}. */
    boolean overlapsAny(MacRange range) {
        for (MacPool p : pools.values()) {
            for (MacRange r : p.ranges()) {
                if (r.overlaps(range)) {
                    return true;
                }
            }
        }
        return false;
    }

    private PatchbayException noSuchPool(String name) {
        return new PatchbayException(Reason.NOT_FOUND, pools.isEmpty() ? Sentence.of("mac.pools.noSuch", name)
                : Sentence.of("mac.pools.noSuchAmong", name, String.join(", ", pools.keySet())));
    }

    private static PatchbayException overlap(MacRange range, MacRange theirs, MacPool other) {
        return new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pools.overlap", range, theirs, other.name()));
    }
}
