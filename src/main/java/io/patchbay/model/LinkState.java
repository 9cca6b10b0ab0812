package io.patchbay.model;

import java.util.Locale;

/** Operational state of a device as the kernel reports it. */
public enum LinkState {
    UP, DOWN, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps iproute2's operstate words (UP, DOWN, UNKNOWN, LOWERLAYERDOWN, DORMANT, ...). */
    public static LinkState fromOperstate(String operstate) {
        if (operstate == null) {
            return UNKNOWN;
        }
        switch (operstate.toUpperCase(Locale.ROOT)) {
            case "UP":
                return UP;
            case "DOWN":
            case "LOWERLAYERDOWN":
            case "NOTPRESENT":
                return DOWN;
            default:
                return UNKNOWN;
        }
    }
}
