package io.patchbay.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** MAC address helpers: normalisation and libvirt's tap rule (guest MAC with first octet fe). */
public final class MacAddresses {
    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");

    private MacAddresses() {
    }

    public static boolean isMac(String s) {
        return s != null && MAC.matcher(s).matches();
    }

    /** Lower-case form of a 6-octet MAC, or null when {@code s} is not one. */
    public static String normalize(String s) {
        return isMac(s) ? s.toLowerCase(Locale.ROOT) : null;
    }

    /** The MAC libvirt gives the host tap of a vNIC with guest MAC {@code guestMac}. */
    public static String tapMacFor(String guestMac) {
        return "fe" + normalize(guestMac).substring(2);
    }

    public static boolean isTapMac(String mac) {
        return mac != null && mac.toLowerCase(Locale.ROOT).startsWith("fe:");
    }
}
