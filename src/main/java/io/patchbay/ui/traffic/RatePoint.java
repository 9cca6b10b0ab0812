package io.patchbay.ui.traffic;

import java.time.Instant;

/**
 * A vNIC's average rates between two refreshes, ending at {@code at}, in bits per second and from
 * the guest's point of view (rx: what the guest received).
 */
public record RatePoint(Instant at, double rxBitsPerSecond, double txBitsPerSecond) {
    public double totalBitsPerSecond() {
        return rxBitsPerSecond + txBitsPerSecond;
    }
}
