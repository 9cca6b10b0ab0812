package io.patchbay.ui.traffic;

/**
 * How busy a vNIC is, in a few steps (the width of its edge on the graph): steps rather than a
 * continuous width, so that the picture does not twitch at every refresh.
 */
public enum ThroughputStep {
    /** below 8 kbit/s */
    IDLE(0),
    /** from 8 kbit/s */
    LIGHT(8e3),
    /** from 8 Mbit/s */
    BUSY(8e6),
    /** from 800 Mbit/s */
    HEAVY(800e6);

    private final double fromBitsPerSecond;

    ThroughputStep(double fromBitsPerSecond) {
        this.fromBitsPerSecond = fromBitsPerSecond;
    }

    /** The step of a rate (received plus sent). */
    public static ThroughputStep of(double bitsPerSecond) {
        ThroughputStep out = IDLE;
        for (ThroughputStep s : values()) {
            if (bitsPerSecond >= s.fromBitsPerSecond) {
                out = s;
            }
        }
        return out;
    }

    /** The edge's style class. */
    public String styleClass() {
        return "traffic-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
