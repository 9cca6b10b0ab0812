package io.patchbay.mac;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A set of non-negative longs (48-bit MACs) without boxing: open addressing with linear probing
 * in one long[] (-1 marks a free slot), load factor at most 1/2, so membership is O(1).
 */
public final class LongHashSet {
    private static final long FREE = -1L;
    private long[] slots;
    private int size;
    private int mask;

    public LongHashSet() {
        this(16);
    }

    public LongHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[cap];
        Arrays.fill(slots, FREE);
        mask = cap - 1;
    }

    private static int hash(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    public boolean contains(long v) {
        int i = hash(v) & mask;
        while (true) {
            long s = slots[i];
            if (s == v) {
                return true;
            }
            if (s == FREE) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code v} (must be ≥ 0); true when it was not there. */
    public boolean add(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative value " + v);
        }
        int i = hash(v) & mask;
        while (true) {
            long s = slots[i];
            if (s == v) {
                return false;
            }
            if (s == FREE) {
                slots[i] = v;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Removes {@code v}; true when it was there. Backward-shift deletion keeps probes short. */
    public boolean remove(long v) {
        int i = hash(v) & mask;
        while (true) {
            long s = slots[i];
            if (s == FREE) {
                return false;
            }
            if (s == v) {
                break;
            }
            i = (i + 1) & mask;
        }
        int gap = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long s = slots[j];
            if (s == FREE) {
                break;
            }
            int home = hash(s) & mask;
            // move s into the gap when its home is not cyclically within (gap, j]
            boolean between = gap <= j ? (home > gap && home <= j) : (home > gap || home <= j);
            if (!between) {
                slots[gap] = s;
                gap = j;
            }
        }
        slots[gap] = FREE;
        size--;
        return true;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void forEach(LongConsumer action) {
        for (long s : slots) {
            if (s != FREE) {
                action.accept(s);
            }
        }
    }

    /** The members, sorted ascending. */
    public long[] toSortedArray() {
        long[] out = new long[size];
        int n = 0;
        for (long s : slots) {
            if (s != FREE) {
                out[n++] = s;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, FREE);
        mask = slots.length - 1;
        size = 0;
        for (long s : old) {
            if (s != FREE) {
                add(s);
            }
        }
    }
}
