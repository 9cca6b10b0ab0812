package io.patchbay.ui.traffic;

import io.patchbay.model.TrafficCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One vNIC's counters turned into rates: each reading after the first gives the average rate
 * since the previous one. A counter lower than before (the VM restarted, the device was plugged
 * again) is a reset: that reading only starts the next rate, so a rate is never negative. Keeps
 * the rates of the last {@link #WINDOW}, at most {@link #MAX_POINTS} of them. Plain Java.
 */
final class VnicHistory {
    /** How far back the rates are kept. */
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** The most rates kept, whatever the refresh interval (bounded memory). */
    static final int MAX_POINTS = 120;

    private final Deque<RatePoint> points = new ArrayDeque<>();
    private TrafficCounters last;
    private Instant lastAt;
    private LossGrowth loss = LossGrowth.NONE;

    /** Takes the counters read at {@code at}. */
    void add(TrafficCounters c, Instant at) {
        if (last == null || !at.isAfter(lastAt) || isReset(last, c)) {
            // the first reading, a clock that went back, or a reset: only a baseline
            last = c;
            lastAt = at;
            loss = LossGrowth.NONE;
            trim(at);
            return;
        }
        double seconds = Duration.between(lastAt, at).toNanos() / 1e9;
        points.addLast(new RatePoint(at, (c.rxBytes() - last.rxBytes()) * 8 / seconds,
                (c.txBytes() - last.txBytes()) * 8 / seconds));
        loss = LossGrowth.between(last, c);
        last = c;
        lastAt = at;
        trim(at);
    }

    VnicTraffic view(TrafficKey key) {
        return new VnicTraffic(key, points.stream().toList(), loss);
    }

    private void trim(Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!points.isEmpty() && (points.size() > MAX_POINTS || points.peekFirst().at().isBefore(oldest))) {
            points.removeFirst();
        }
    }

    private static boolean isReset(TrafficCounters before, TrafficCounters after) {
        return after.rxBytes() < before.rxBytes() || after.txBytes() < before.txBytes()
                || after.rxPackets() < before.rxPackets() || after.txPackets() < before.txPackets()
                || after.rxDrops() < before.rxDrops() || after.txDrops() < before.txDrops()
                || after.rxErrors() < before.rxErrors() || after.txErrors() < before.txErrors();
    }
}
