package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;

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
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.range.notFromTo", text == null ? "" : text));
        }
        return of(MacAddress.parse(text.substring(0, dash).trim()), MacAddress.parse(text.substring(dash + 1).trim()));
    }

    /** A checked range: assignable ends, in order, within one first octet. */
    public static MacRange of(MacAddress from, MacAddress to) throws PatchbayException {
        MacAddress.Refusal why = from.refusal();
        if (why != null) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.range.badStart", from, to, why.sentence()));
        }
        why = to.refusal();
        if (why != null) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.range.badEnd", from, to, why.sentence()));
        }
        if (from.compareTo(to) > 0) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.range.reversed", from, to));
        }
        if (from.firstOctet() != to.firstOctet()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.range.spansOctets", from, to));
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
