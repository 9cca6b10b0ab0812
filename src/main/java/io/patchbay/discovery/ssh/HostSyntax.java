package io.patchbay.discovery.ssh;

import java.util.regex.Pattern;

/**
 * Syntax checks for the host part of an SSH target: a DNS name (or ssh_config alias), an IPv4
 * address or an IPv6 address. Pure string checks; nothing is resolved here.
 */
final class HostSyntax {
    /** A label: letters, digits, '_' inside, '-' never first or last (so never an option). */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");

    private HostSyntax() {
    }

    static boolean isUser(String s) {
        return USER.matcher(s).matches();
    }

    /** A DNS name or alias such as {@code lab-loop} or {@code host1.example.org} (trailing dot allowed). */
    static boolean isDnsName(String s) {
        if (s.isEmpty() || s.length() > 253) {
            return false;
        }
        String body = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        if (body.isEmpty()) {
            return false;
        }
        String[] labels = body.split("\\.", -1);
        boolean allNumeric = true;
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
            allNumeric &= label.chars().allMatch(Character::isDigit);
        }
        // "999.1.1.1" or "10.1" are malformed addresses, not names
        return !allNumeric;
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!DIGITS.matcher(p).matches() || Integer.parseInt(p) > 255 || (p.length() > 1 && p.startsWith("0"))) {
                return false;
            }
        }
        return true;
    }

    /** An IPv6 literal without brackets, optionally with a zone ({@code fe80::1%eth0}). */
    static boolean isIpv6(String s) {
        String addr = s;
        int pct = s.indexOf('%');
        if (pct >= 0) {
            if (!ZONE.matcher(s.substring(pct + 1)).matches()) {
                return false;
            }
            addr = s.substring(0, pct);
        }
        if (addr.isEmpty() || addr.chars().filter(c -> c == ':').count() < 2) {
            return false;
        }
        int groupsAvailable = 8;
        String head = addr;
        String tail = "";
        boolean compressed = false;
        int dc = addr.indexOf("::");
        if (dc >= 0) {
            if (addr.indexOf("::", dc + 1) >= 0) {
                return false;
            }
            compressed = true;
            head = addr.substring(0, dc);
            tail = addr.substring(dc + 2);
        }
        // an embedded IPv4 address may end the last part and counts as two groups
        String last = tail.isEmpty() && !compressed ? head : tail;
        int lastColon = last.lastIndexOf(':');
        String lastGroup = last.substring(lastColon + 1);
        if (lastGroup.contains(".")) {
            if (!isIpv4(lastGroup)) {
                return false;
            }
            groupsAvailable -= 2;
            String rest = lastColon >= 0 ? last.substring(0, lastColon) : "";
            if (compressed) {
                tail = rest;
            } else {
                head = rest;
            }
        }
        int headGroups = countGroups(head);
        int tailGroups = countGroups(tail);
        if (headGroups < 0 || tailGroups < 0) {
            return false;
        }
        int groups = headGroups + tailGroups;
        return compressed ? groups < groupsAvailable : groups == groupsAvailable;
    }

    /** Number of hex groups in a ':'-separated run, -1 when malformed, 0 for the empty run. */
    private static int countGroups(String run) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] groups = run.split(":", -1);
        for (String g : groups) {
            if (!HEX_GROUP.matcher(g).matches()) {
                return -1;
            }
        }
        return groups.length;
    }
}
