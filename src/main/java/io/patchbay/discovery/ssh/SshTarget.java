package io.patchbay.discovery.ssh;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
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
            throw bad(text, Sentence.of("ssh.target.empty"));
        }
        if (!text.equals(text.strip()) || text.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            throw bad(text, Sentence.of("ssh.target.spaces"));
        }
        if (text.startsWith("-")) {
            throw bad(text, Sentence.of("ssh.target.dash"));
        }
        String rest = text;
        Optional<String> user = Optional.empty();
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String u = rest.substring(0, at);
            if (!HostSyntax.isUser(u)) {
                throw bad(text, Sentence.of("ssh.target.user", u));
            }
            user = Optional.of(u);
            rest = rest.substring(at + 1);
        }
        if (rest.isEmpty()) {
            throw bad(text, Sentence.of("ssh.target.noHostAfterAt"));
        }
        String host;
        String portText = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw bad(text, Sentence.of("ssh.target.unclosedBracket"));
            }
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad(text, Sentence.of("ssh.target.afterBracket", after));
                }
                portText = after.substring(1);
            }
            if (!HostSyntax.isIpv6(host)) {
                throw bad(text, Sentence.of("ssh.target.bracketsNotIpv6", host));
            }
        } else if (rest.indexOf(':') != rest.lastIndexOf(':')) {
            host = rest; // several ':' without brackets: a bare IPv6 address, no port
            if (!HostSyntax.isIpv6(host)) {
                throw bad(text, Sentence.of("ssh.target.notIpv6", host));
            }
        } else {
            int colon = rest.indexOf(':');
            host = colon >= 0 ? rest.substring(0, colon) : rest;
            portText = colon >= 0 ? rest.substring(colon + 1) : null;
            if (host.isEmpty()) {
                throw bad(text, Sentence.of("ssh.target.noHostBeforeColon"));
            }
            if (!HostSyntax.isIpv4(host) && !HostSyntax.isDnsName(host)) {
                throw bad(text, Sentence.of("ssh.target.badHost", host));
            }
        }
        return new SshTarget(user, host, portText == null ? OptionalInt.empty() : OptionalInt.of(parsePort(text, portText)));
    }

    static int parsePort(String text, String portText) throws PatchbayException {
        if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(text, Sentence.of("ssh.target.portNotNumber", portText));
        }
        int port = Integer.parseInt(portText);
        if (port < 1 || port > 65535) {
            throw bad(text, Sentence.of("ssh.target.portRange", port));
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

    private static PatchbayException bad(String text, Sentence why) {
        return new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.target.bad", printable(text), why));
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
