package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;

/**
 * An inclusive range of assignable MACs. Both ends share the first octet, so every address in
 * between is unicast and none starts with {@code fe:}.
 */
public record MacRange(MacAddress from, MacAddress to) {
    public MacRange {
        if (from.compareTo(to) > 0 || from.firstOctet() != to.firstOctet()
                || from.whyNotAssignable() != null || to.whyNotAssignable() != null) {
            throw new IllegalArgumentException("unchecked range " + from + "-" + to + ": use MacRange.of");
        }
    }

    /** Parses {@code FROM-TO} with the checks named in the class comment; BAD_INPUT otherwise. */
    public static MacRange parse(String text) throws PatchbayException {
        int dash = text == null ? -1 : text.indexOf('-');
        if (dash < 0 || text.indexOf('-', dash + 1) >= 0) {
            throw new PatchbayException(Reason.BAD_INPUT, "range '" + (text == null ? "" : text)
                    + "' is not FROM-TO, like 52:54:00:00:00:00-52:54:00:00:ff:ff");
        }
        return of(MacAddress.parse(text.substring(0, dash).trim()), MacAddress.parse(text.substring(dash + 1).trim()));
    }

    /** A checked range: assignable ends, in order, within one first octet. */
    public static MacRange of(MacAddress from, MacAddress to) throws PatchbayException {
        String where = "range " + from + "-" + to;
        String why = from.whyNotAssignable();
        if (why != null) {
            throw new PatchbayException(Reason.BAD_INPUT, where + ": its start " + from + " " + why);
        }
        why = to.whyNotAssignable();
        if (why != null) {
            throw new PatchbayException(Reason.BAD_INPUT, where + ": its end " + to + " " + why);
        }
        if (from.compareTo(to) > 0) {
            throw new PatchbayException(Reason.BAD_INPUT, where + " is reversed: its start comes after its end");
        }
        if (from.firstOctet() != to.firstOctet()) {
            throw new PatchbayException(Reason.BAD_INPUT, where
                    + " spans first octets; keep both ends on one first octet so every address in it is unicast");
        }
        return new MacRange(from, to);
    }

    public long size() {
        return to.value() - from.value() + 1;
    }

    public boolean contains(long mac) {
        return mac >= from.value() && mac <= to.value();
    }

    public boolean overlaps(MacRange o) {
        return from.value() <= o.to.value() && o.from.value() <= to.value();
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
