package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named pool of MAC ranges and what it has handed out. Allocation takes the next free MAC
 * after the last one handed out, going on into the next range at the end of one and from the
 * last back to the first (round-robin over the ranges); it skips allocations, reservations and
 * every MAC in use on the hosts. MACs set by hand outside the ranges are recorded as external.
 * Not thread-safe: {@link MacPoolStore} gives each operation the pools alone.
 */
public final class MacPool {
    /** The key of the sentence "MAC m is already in use on a host" (a caller that knows where says so instead). */
    public static final String IN_USE_ON_A_HOST = "mac.inUseOnHost";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String name;
    private final List<MacRange> ranges;
    private final boolean allowDuplicates;
    private final long total;
    private long last = -1;
    private final LongHashSet allocations = new LongHashSet();
    private final LongHashSet pending = new LongHashSet();
    private final LongHashSet reservations = new LongHashSet();
    private final LongHashSet externals = new LongHashSet();
    /** In-range MACs that are allocated or reserved (each once). */
    private long taken;
    private MacUsage countedUsage;
    private long countedUsageFree;

    /** A new, empty pool; BAD_INPUT for a bad name, no range or overlapping ranges. */
    public MacPool(String name, List<MacRange> ranges, boolean allowDuplicates) throws PatchbayException {
        checkName(name);
        if (ranges.isEmpty()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pool.needsRange", name));
        }
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pool.overlapsOwn", name, ranges.get(i),
                            ranges.get(j)));
                }
            }
        }
        this.name = name;
        this.ranges = List.copyOf(ranges);
        this.allowDuplicates = allowDuplicates;
        long t = 0;
        for (MacRange r : ranges) {
            t += r.size();
        }
        this.total = t;
    }

    static void checkName(String name) throws PatchbayException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pool.badName", name == null ? "" : name));
        }
    }

    static boolean inAny(List<MacRange> ranges, long mac) {
        for (MacRange r : ranges) {
            if (r.contains(mac)) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    public List<MacRange> ranges() {
        return ranges;
    }

    public boolean allowDuplicates() {
        return allowDuplicates;
    }

    /** How many MACs the ranges hold. */
    public long size() {
        return total;
    }

    /** The last MAC handed out by allocation, or null. */
    public MacAddress lastHandedOut() {
        return last < 0 ? null : new MacAddress(last);
    }

    public boolean inRanges(long mac) {
        return inAny(ranges, mac);
    }

    /** Hands out {@code count} MACs, all or none; REFUSED when fewer are free. */
    public Allocation allocate(int count, MacUsage usage) throws PatchbayException {
        if (count < 1) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pool.countTooSmall", count));
        }
        long free = free(usage);
        if (free < count) {
            throw exhausted(count, free);
        }
        long[] chosen = pick(count, usage);
        List<MacAddress> out = new ArrayList<>(count);
        for (long mac : chosen) {
            allocations.add(mac);
            taken++;
            out.add(new MacAddress(mac));
        }
        last = chosen[count - 1];
        return new Allocation(name, out, free(usage));
    }

    /**
     * The MAC the next {@link #allocate} of one would hand out given {@code usage}, or null when
     * none is free; nothing is taken (the create dialog shows it before OK).
     */
    public MacAddress peek(MacUsage usage) {
        if (free(usage) < 1) {
            return null;
        }
        try {
            return new MacAddress(pick(1, usage)[0]);
        } catch (PatchbayException e) {
            return null;
        }
    }

    /** The next {@code count} free MACs after the last one handed out, round the ranges; nothing is taken. */
    private long[] pick(int count, MacUsage usage) throws PatchbayException {
        int r;
        long next;
        int at = last < 0 ? -1 : rangeIndex(last);
        if (at < 0) {
            r = 0;
            next = ranges.get(0).from().value();
        } else {
            r = at;
            next = last + 1;
            if (next > ranges.get(r).to().value()) {
                r = (r + 1) % ranges.size();
                next = ranges.get(r).from().value();
            }
        }
        long[] chosen = new long[count];
        int n = 0;
        for (long step = 0; step < total && n < count; step++) {
            if (!allocations.contains(next) && !reservations.contains(next) && !usage.contains(next)) {
                chosen[n++] = next;
            }
            if (next == ranges.get(r).to().value()) {
                r = (r + 1) % ranges.size();
                next = ranges.get(r).from().value();
            } else {
                next++;
            }
        }
        if (n < count) {
            throw exhausted(count, n);
        }
        return chosen;
    }

    private PatchbayException exhausted(int count, long free) {
        return new PatchbayException(Reason.POOL_EXHAUSTED, Sentence.of(count == 1 ? "mac.pool.exhaustedOne"
                : "mac.pool.exhausted", name, count, free, total));
    }

    /** Free MACs left: in range, not allocated, not reserved, not in use (when usage can be counted). */
    public long free(MacUsage usage) {
        long f = total - taken;
        if (usage == null || f <= 0) {
            return Math.max(f, 0);
        }
        if (usage != countedUsage) {
            long c = usage.countWithin(ranges, mac -> allocations.contains(mac) || reservations.contains(mac));
            countedUsage = usage;
            countedUsageFree = c < 0 ? 0 : c;
        }
        return f - countedUsageFree;
    }

    /**
     * Records a MAC set by hand: inside the ranges it counts as allocated, outside as external.
     * REFUSED when it is already allocated, reserved or in use and the pool does not allow
     * duplicates.
     *
     * @return true when it is external (outside the ranges)
     */
    public boolean claim(MacAddress mac, MacUsage usage) throws PatchbayException {
        MacAddress.Refusal why = mac.refusal();
        if (why != null) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.notAssignable", mac, why.sentence()));
        }
        long v = mac.value();
        if (!allowDuplicates) {
            if (allocations.contains(v) || externals.contains(v)) {
                throw new PatchbayException(Reason.MAC_IN_USE, Sentence.of("mac.pool.allocated", mac, name));
            }
            if (reservations.contains(v)) {
                throw new PatchbayException(Reason.MAC_IN_USE, Sentence.of("mac.pool.reserved", mac, name));
            }
            if (usage.contains(v)) {
                throw new PatchbayException(Reason.MAC_IN_USE, Sentence.of(IN_USE_ON_A_HOST, mac));
            }
        }
        countedUsage = null;
        if (inRanges(v)) {
            if (allocations.add(v) && !reservations.contains(v)) {
                taken++;
            }
            return false;
        }
        externals.add(v);
        return true;
    }

    /** Holds {@code mac} back from allocation (it must lie in the ranges). */
    public void reserve(MacAddress mac) throws PatchbayException {
        long v = mac.value();
        if (!inRanges(v)) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.pool.outsideReserve", mac, name));
        }
        countedUsage = null;
        if (reservations.add(v) && !allocations.contains(v)) {
            taken++;
        }
    }

    /** Marks a just-allocated MAC as waiting for its plan to be applied. */
    public void markPending(MacAddress mac) {
        if (allocations.contains(mac.value())) {
            pending.add(mac.value());
        }
    }

    /** The plan was applied: the MAC now belongs to a vNIC. */
    public void commit(MacAddress mac) throws PatchbayException {
        long v = mac.value();
        if (!allocations.contains(v) && !externals.contains(v)) {
            throw new PatchbayException(Reason.NOT_FOUND, notAllocated(mac, name));
        }
        pending.remove(v);
    }

    /** True when the pool holds {@code mac} as allocated or external. */
    public boolean holds(long mac) {
        return allocations.contains(mac) || externals.contains(mac);
    }

    /** Gives a MAC back; NOT_FOUND when the pool did not hold it. */
    public void release(MacAddress mac) throws PatchbayException {
        long v = mac.value();
        countedUsage = null;
        if (allocations.remove(v)) {
            pending.remove(v);
            if (!reservations.contains(v)) {
                taken--;
            }
            return;
        }
        if (externals.remove(v)) {
            return;
        }
        throw new PatchbayException(Reason.NOT_FOUND, notAllocated(mac, name));
    }

    /**
     * This pool with {@code range} added. What it handed out is kept; a MAC it recorded as external
     * (set by hand outside its ranges) that lies in the new range counts as allocated from now on.
     * BAD_INPUT when the range overlaps one of its own.
     */
    MacPool withRange(MacRange range) throws PatchbayException {
        List<MacRange> rs = new ArrayList<>(ranges);
        rs.add(range);
        return carryInto(new MacPool(name, rs, allowDuplicates));
    }

    /**
     * This pool without {@code range}, which must be one of its ranges exactly. REFUSED when it is
     * the last one, or while MACs in it are allocated or reserved (give them back first).
     */
    MacPool withoutRange(MacRange range) throws PatchbayException {
        if (!ranges.contains(range)) {
            throw new PatchbayException(Reason.NOT_FOUND, Sentence.of("mac.pool.noSuchRange", name, range,
                    String.join(", ", ranges.stream().map(MacRange::toString).toList())));
        }
        if (ranges.size() == 1) {
            throw new PatchbayException(Reason.REFUSED, Sentence.of("mac.pool.onlyRange", range, name));
        }
        long[] held = {0};
        allocations.forEach(m -> held[0] += range.contains(m) ? 1 : 0);
        reservations.forEach(m -> held[0] += range.contains(m) && !allocations.contains(m) ? 1 : 0);
        if (held[0] > 0) {
            throw new PatchbayException(Reason.REFUSED, Sentence.of(held[0] == 1 ? "mac.pool.rangeHoldsOne"
                    : "mac.pool.rangeHolds", range, name, held[0]));
        }
        List<MacRange> rs = new ArrayList<>(ranges);
        rs.remove(range);
        return carryInto(new MacPool(name, rs, allowDuplicates));
    }

    /** Copies what this pool holds into {@code p} (same name, other ranges) and returns it. */
    private MacPool carryInto(MacPool p) {
        allocations.forEach(p.allocations::add);
        reservations.forEach(p.reservations::add);
        externals.forEach(m -> (p.inRanges(m) ? p.allocations : p.externals).add(m));
        pending.forEach(p.pending::add);
        p.recount();
        if (last >= 0 && p.inRanges(last)) {
            p.restoreLast(last);
        }
        return p;
    }

    LongHashSet allocations() {
        return allocations;
    }

    LongHashSet pending() {
        return pending;
    }

    LongHashSet reservations() {
        return reservations;
    }

    LongHashSet externals() {
        return externals;
    }

    public int allocatedCount() {
        return allocations.size();
    }

    public int externalCount() {
        return externals.size();
    }

    public int reservedCount() {
        return reservations.size();
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Recomputes the in-range taken count after loading. */
    void recount() {
        long[] n = {0};
        allocations.forEach(m -> n[0]++);
        reservations.forEach(m -> {
            if (!allocations.contains(m)) {
                n[0]++;
            }
        });
        taken = n[0];
        countedUsage = null;
    }

    /** Sets the cursor when loading a saved pool. */
    void restoreLast(long mac) {
        last = mac;
    }

    private int rangeIndex(long mac) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(mac)) {
                return i;
            }
        }
        return -1;
    }

    /** "MAC m is not allocated in pool p". */
    public static Sentence notAllocated(MacAddress mac, String pool) {
        return Sentence.of("mac.pool.notAllocated", mac, pool);
    }
}
