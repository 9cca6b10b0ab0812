package io.patchbay.ui.traffic;

import java.util.ResourceBundle;

/** Rates and loss in the UI's words: bit/s with an SI prefix (the unit of link speeds), from the string bundle. Plain Java. */
public final class RateText {
    private static final String[] UNITS = {"traffic.unit.bit", "traffic.unit.kbit", "traffic.unit.mbit", "traffic.unit.gbit"};

    private RateText() {
    }

    /** "12.4 Mbit/s". */
    public static String rate(ResourceBundle strings, double bitsPerSecond) {
        double v = Math.max(0, bitsPerSecond);
        int unit = 0;
        while (v >= 1000 && unit < UNITS.length - 1) {
            v /= 1000;
            unit++;
        }
        return String.format(strings.getLocale(), strings.getString(UNITS[unit]), v);
    }

    /** "Received 1.2 Mbit/s, sent 40.0 kbit/s" (the guest's point of view). */
    public static String rates(ResourceBundle strings, RatePoint p) {
        return String.format(strings.getString("traffic.rates"), rate(strings, p.rxBitsPerSecond()),
                rate(strings, p.txBitsPerSecond()));
    }

    /** The sentence of the red mark: which loss counters grew, by how much. */
    public static String loss(ResourceBundle strings, LossGrowth g) {
        return String.format(strings.getString("traffic.loss"), g.rxDrops(), g.rxErrors(), g.txDrops(), g.txErrors());
    }
}
