package io.patchbay.ui.traffic;

import io.patchbay.model.TrafficCounters;

/** By how much a vNIC's drop and error counters grew between two refreshes (guest's point of view). */
public record LossGrowth(long rxDrops, long rxErrors, long txDrops, long txErrors) {
    public static final LossGrowth NONE = new LossGrowth(0, 0, 0, 0);

    /** The growth from {@code before} to {@code after}; counters that did not grow count 0. */
    static LossGrowth between(TrafficCounters before, TrafficCounters after) {
        return new LossGrowth(grown(before.rxDrops(), after.rxDrops()), grown(before.rxErrors(), after.rxErrors()),
                grown(before.txDrops(), after.txDrops()), grown(before.txErrors(), after.txErrors()));
    }

    public boolean any() {
        return rxDrops > 0 || rxErrors > 0 || txDrops > 0 || txErrors > 0;
    }

    private static long grown(long before, long after) {
        return Math.max(0, after - before);
    }
}
