package io.patchbay.console;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.libvirt.LibvirtOptions;
import io.patchbay.libvirt.LibvirtUri;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a command line or a console host says about connecting, in one record: every source of a
 * host (SSH, a libvirt URI, this computer) takes its meaning from here, so a key or a known_hosts
 * file given once reaches both SSH and a {@code qemu+ssh://} URI.
 *
 * @param knownHosts       the OpenSSH known_hosts file given, or null for the default
 * @param acceptNewHostKey trust and store a first-seen host key (never a changed one)
 * @param identities       the private keys given, in order (the first one also for a libvirt SSH URI)
 * @param sshConfig        the OpenSSH client config given, or null for the default
 * @param timeout          the time limit of a command (and at most of an SSH connect), or null for the defaults
 */
public record ConnectionOptions(Path knownHosts, boolean acceptNewHostKey, List<Path> identities, Path sshConfig,
                                Duration timeout) {
    private static final Duration SSH_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public ConnectionOptions {
        identities = List.copyOf(identities);
    }

    /** Nothing given: every default. */
    public static ConnectionOptions none() {
        return new ConnectionOptions(null, false, List.of(), null, null);
    }

    /** What the console's SSH settings say for every host (its known_hosts and host-key rule). */
    public static ConnectionOptions of(SshSettings console) {
        return new ConnectionOptions(console.knownHosts(), console.acceptNewHostKey(), List.of(), null, null);
    }

    /** These options with {@code identity} as the only key (a console host's own key); unchanged for null. */
    public ConnectionOptions withIdentity(Path identity) {
        return identity == null ? this
                : new ConnectionOptions(knownHosts, acceptNewHostKey, List.of(identity), sshConfig, timeout);
    }

    /** The SSH settings: {@code base} with what was given. */
    public SshSettings sshSettings(SshSettings base) {
        SshSettings s = base.withAcceptNewHostKey(acceptNewHostKey);
        if (!identities.isEmpty()) {
            s = s.withIdentityFiles(identities);
        }
        if (timeout != null) {
            s = s.withCommandTimeout(timeout)
                    .withConnectTimeout(timeout.compareTo(SSH_CONNECT_TIMEOUT) < 0 ? timeout : SSH_CONNECT_TIMEOUT);
        }
        if (knownHosts != null) {
            s = s.withKnownHosts(knownHosts);
        }
        if (sshConfig != null) {
            s = s.withSshConfig(sshConfig);
        }
        return s;
    }

    /** {@code uri} checked, with the key and known_hosts given as its SSH defaults (a parameter in the URI wins). */
    public LibvirtUri libvirtUri(String uri) throws PatchbayException {
        return LibvirtUri.parse(uri).withSshDefaults(identities.isEmpty() ? null : identities.get(0), knownHosts);
    }

    /** How libvirt connections are opened: the same host-key rule as SSH. */
    public LibvirtOptions libvirtOptions() {
        return LibvirtOptions.defaults().withAcceptNewHostKey(acceptNewHostKey);
    }
}
