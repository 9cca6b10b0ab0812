package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A libvirt connection URI as virsh takes it ({@code qemu:///system},
 * {@code qemu+ssh://user@host/system?keyfile=...&known_hosts=...}, {@code qemu+tcp://},
 * {@code qemu+tls://}, {@code test:///default}), checked before libvirt sees it.
 *
 * <p>libvirt's plain {@code ssh} transport runs {@code /usr/bin/ssh}, which ignores the
 * {@code known_hosts} parameter and checks the user's own known_hosts instead. When that
 * parameter is given, {@link #forLibvirt()} opens the URI through the {@code libssh2} transport,
 * which honours it: an unknown key is asked for (and refused unless accepted), a changed key is
 * refused (same server side: virt-ssh-helper or nc). Not {@code libssh}: in libvirt 9.0 every
 * call over it costs ~0.25 s (11 s for a host read that takes 0.3 s over libssh2). libssh2
 * signs with ed25519/ecdsa keys; RSA keys fail against servers that refuse SHA-1 signatures.
 * {@code no_verify} is never added.
 *
 * @param given  the URI as the user gave it
 * @param driver the hypervisor driver (qemu, test, lxc, ...)
 * @param transport the transport (empty for the default: unix socket or the driver itself)
 * @param host   the remote host, or null for this machine
 */
public record LibvirtUri(String given, String driver, String transport, String host) {
    private static final Set<String> TRANSPORTS = Set.of("", "unix", "ssh", "libssh", "libssh2", "tcp", "tls", "ext");

    /** Parses and checks {@code text}; bad input gives one sentence naming what is wrong. */
    public static LibvirtUri parse(String text) throws PatchbayException {
        if (text == null || text.isBlank()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("libvirt.uri.missing"));
        }
        String t = text.strip();
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("libvirt.uri.notUri", t, e.getReason()));
        }
        String scheme = uri.getScheme();
        if (scheme == null || !t.contains(":/")) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("libvirt.uri.noDriver", t));
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        int plus = scheme.indexOf('+');
        String driver = plus < 0 ? scheme : scheme.substring(0, plus);
        String transport = plus < 0 ? "" : scheme.substring(plus + 1);
        if (driver.isEmpty() || !TRANSPORTS.contains(transport)) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("libvirt.uri.unknownTransport", t,
                    transport));
        }
        String host = uri.getHost();
        if (host == null && uri.getAuthority() != null && !uri.getAuthority().isEmpty()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("libvirt.uri.badHost", t,
                    uri.getAuthority()));
        }
        boolean remoteTransport = Set.of("ssh", "libssh", "libssh2", "tcp", "tls").contains(transport);
        if (remoteTransport && host == null) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("libvirt.uri.noHost", t,
                    transport, driver));
        }
        return new LibvirtUri(t, driver, transport, host);
    }

    /** True when the URI names no remote host (this machine's daemon or an in-process driver). */
    public boolean isLocal() {
        return host == null;
    }

    /**
     * This URI with the command line's SSH settings added where it has none: {@code keyfile} (a
     * key file) and {@code known_hosts}, URL-encoded. Only for ssh, libssh and libssh2
     * transports; parameters the URI already has win. Null arguments add nothing.
     */
    public LibvirtUri withSshDefaults(java.nio.file.Path keyfile, java.nio.file.Path knownHosts) {
        if (!Set.of("ssh", "libssh", "libssh2").contains(transport)) {
            return this;
        }
        StringBuilder extra = new StringBuilder();
        String q = query();
        if (keyfile != null && !hasParam(q, "keyfile")) {
            extra.append("keyfile=").append(encode(keyfile.toString()));
        }
        if (knownHosts != null && !hasParam(q, "known_hosts")) {
            extra.append(extra.length() > 0 ? "&" : "").append("known_hosts=").append(encode(knownHosts.toString()));
        }
        if (extra.length() == 0) {
            return this;
        }
        String sep = given.indexOf('?') < 0 ? "?" : (given.endsWith("?") || given.endsWith("&") ? "" : "&");
        return new LibvirtUri(given + sep + extra, driver, transport, host);
    }

    private static boolean hasParam(String query, String name) {
        for (String p : query.split("&")) {
            if (p.equals(name) || p.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String value) {
        // libvirt unescapes %XX only: a space must be %20, not the form encoding's '+'
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URI handed to libvirt: ssh with a known_hosts parameter goes through libssh2. */
    public String forLibvirt() {
        if ("ssh".equals(transport) && hasParam(query(), "known_hosts")) {
            int colon = given.indexOf(':');
            return driver + "+libssh2" + given.substring(colon);
        }
        return given;
    }

    /** The URI without its query (key file paths etc.), for messages and display. */
    public String display() {
        int q = given.indexOf('?');
        return q < 0 ? given : given.substring(0, q);
    }

    private String query() {
        int q = given.indexOf('?');
        return q < 0 ? "" : given.substring(q + 1);
    }

    @Override
    public String toString() {
        return display();
    }
}
