package io.patchbay.discovery.ssh;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user typed after {@code --ssh}: {@code [user@]host[:port]}, with IPv6 as
 * {@code [::1]:2222} (or bare {@code ::1} without a port), or an alias from ~/.ssh/config.
 * The user and port are empty when not given, so that ssh_config (and then the defaults) can
 * supply them; command-line values win, as with OpenSSH.
 *
 * @param user empty, or a user name matching {@code [a-z_][a-z0-9_.-]*}
 * @param host a DNS name or alias, an IPv4 address, or an IPv6 address (without brackets)
 * @param port empty, or 1..65535
 */
public record SshTarget(Optional<String> user, String host, OptionalInt port) {
    public SshTarget {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
    }

    /** Parses and validates a target; a bad one gives a {@link Reason#BAD_INPUT} naming the fault. */
    public static SshTarget parse(String text) throws PatchbayException {
        if (text == null || text.isBlank()) {
            throw bad(text, "it is empty; expected [user@]host[:port] or an alias from ~/.ssh/config");
        }
        if (!text.equals(text.strip()) || text.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            throw bad(text, "it contains spaces or control characters");
        }
        if (text.startsWith("-")) {
            throw bad(text, "it starts with '-' (looks like an option, not a host)");
        }
        String rest = text;
        Optional<String> user = Optional.empty();
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String u = rest.substring(0, at);
            if (!HostSyntax.isUser(u)) {
                throw bad(text, "the user '" + u + "' is not a valid user name (expected [a-z_][a-z0-9_.-]*, at most 32 characters)");
            }
            user = Optional.of(u);
            rest = rest.substring(at + 1);
        }
        if (rest.isEmpty()) {
            throw bad(text, "the host is missing after '@'");
        }
        String host;
        String portText = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw bad(text, "'[' opens an IPv6 address that is never closed with ']'");
            }
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad(text, "after ']' only ':port' may follow, found '" + after + "'");
                }
                portText = after.substring(1);
            }
            if (!HostSyntax.isIpv6(host)) {
                throw bad(text, "'" + host + "' in brackets is not an IPv6 address");
            }
        } else if (rest.indexOf(':') != rest.lastIndexOf(':')) {
            host = rest; // several ':' without brackets: a bare IPv6 address, no port
            if (!HostSyntax.isIpv6(host)) {
                throw bad(text, "'" + host + "' is not an IPv6 address (write IPv6 with a port as [addr]:port)");
            }
        } else {
            int colon = rest.indexOf(':');
            host = colon >= 0 ? rest.substring(0, colon) : rest;
            portText = colon >= 0 ? rest.substring(colon + 1) : null;
            if (host.isEmpty()) {
                throw bad(text, "the host is missing before ':'");
            }
            if (!HostSyntax.isIpv4(host) && !HostSyntax.isDnsName(host)) {
                throw bad(text, "'" + host + "' is neither a host name (letters, digits, '-', '_', '.') nor an IPv4 address");
            }
        }
        return new SshTarget(user, host, portText == null ? OptionalInt.empty() : OptionalInt.of(parsePort(text, portText)));
    }

    static int parsePort(String text, String portText) throws PatchbayException {
        if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(text, "the port '" + portText + "' is not a number from 1 to 65535");
        }
        int port = Integer.parseInt(portText);
        if (port < 1 || port > 65535) {
            throw bad(text, "the port " + port + " is outside 1..65535");
        }
        return port;
    }

    /** True for an IPv6 literal (needs brackets when a port is added). */
    public boolean isIpv6() {
        return host.indexOf(':') >= 0;
    }

    /** The target as it would be typed again, e.g. {@code pbtest@[::1]:2222}. */
    @Override
    public String toString() {
        String h = isIpv6() && port.isPresent() ? "[" + host + "]" : host;
        return user.map(u -> u + "@").orElse("") + h + (port.isPresent() ? ":" + port.getAsInt() : "");
    }

    private static PatchbayException bad(String text, String why) {
        return new PatchbayException(Reason.BAD_INPUT, "SSH target '" + printable(text) + "' is not valid: " + why + ".");
    }

    /** The text with control characters shown as '?', safe to print in a message. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), 200));
        text.codePoints().limit(200).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
