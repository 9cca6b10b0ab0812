package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;

/**
 * A 48-bit MAC address held in a long. {@link #parse} checks the syntax only;
 * {@link #parseAssignable} also checks that a vNIC may carry it (unicast, not all-zero, not
 * broadcast, not the {@code fe:} prefix libvirt gives host taps).
 */
public record MacAddress(long value) implements Comparable<MacAddress> {
    /** The largest 48-bit value, ff:ff:ff:ff:ff:ff. */
    public static final long MAX = 0xFFFF_FFFF_FFFFL;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public MacAddress {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("not a 48-bit value: " + value);
        }
    }

    /** Parses {@code xx:xx:xx:xx:xx:xx} (either case); a clear BAD_INPUT error otherwise. */
    public static MacAddress parse(String text) throws PatchbayException {
        long v = parseBits(text);
        if (v < 0) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("mac.notMac", shorten(text)));
        }
        return new MacAddress(v);
    }

    /** Parses a MAC and checks that a vNIC may carry it. */
    public static MacAddress parseAssignable(String text) throws PatchbayException {
        return parseAssignable(text, "mac.notAssignable");
    }

    /** Parses a MAC to reserve in a pool and checks that a vNIC may carry it. */
    public static MacAddress parseReservable(String text) throws PatchbayException {
        return parseAssignable(text, "mac.reservedNotAssignable");
    }

    private static MacAddress parseAssignable(String text, String key) throws PatchbayException {
        MacAddress mac = parse(text);
        Refusal why = mac.refusal();
        if (why != null) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of(key, mac, why.sentence()));
        }
        return mac;
    }

    /** The 48-bit value of {@code text}, or -1 when it is not a MAC; no allocation beyond the call. */
    public static long parseBits(String text) {
        if (text == null || text.length() != 17) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (i % 3 == 2) {
                if (c != ':') {
                    return -1;
                }
                continue;
            }
            int d = hexDigit(c);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** 0-15 for an ASCII hex digit, else -1 (Character.digit would also take full-width and other Unicode digits). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** Lower-case colon form of a 48-bit value. */
    public static String format(long v) {
        char[] out = new char[17];
        for (int octet = 0; octet < 6; octet++) {
            int b = (int) (v >>> (40 - 8 * octet)) & 0xff;
            out[octet * 3] = HEX[b >>> 4];
            out[octet * 3 + 1] = HEX[b & 0xf];
            if (octet < 5) {
                out[octet * 3 + 2] = ':';
            }
        }
        return new String(out);
    }

    public int firstOctet() {
        return (int) (value >>> 40) & 0xff;
    }

    /** The I/G bit (lowest bit of the first octet) is set. */
    public boolean isMulticast() {
        return (firstOctet() & 1) != 0;
    }

    /** The U/L bit (second-lowest bit of the first octet) is set. */
    public boolean isLocallyAdministered() {
        return (firstOctet() & 2) != 0;
    }

    /** Why a vNIC may not carry a MAC (its words: {@code mac.why.NAME} in the core bundle). */
    public enum Refusal {
        ALL_ZERO, BROADCAST, MULTICAST, TAP_PREFIX;

        /** The English end of "MAC x ...", the command line's words. */
        public String sentenceEnding() {
            return sentence().english();
        }

        /** The end of "MAC x ..." as a sentence of the core bundle. */
        public Sentence sentence() {
            return Sentence.of("mac.why." + name());
        }
    }

    /** Why a vNIC may not carry this MAC, or null when it may. */
    public Refusal refusal() {
        if (value == 0) {
            return Refusal.ALL_ZERO;
        }
        if (value == MAX) {
            return Refusal.BROADCAST;
        }
        if (isMulticast()) {
            return Refusal.MULTICAST;
        }
        if (firstOctet() == 0xfe) {
            return Refusal.TAP_PREFIX;
        }
        return null;
    }

    /** Why a vNIC may not carry this MAC (a sentence ending), or null when it may. */
    public String whyNotAssignable() {
        Refusal r = refusal();
        return r == null ? null : r.sentenceEnding();
    }

    @Override
    public int compareTo(MacAddress o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return format(value);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
