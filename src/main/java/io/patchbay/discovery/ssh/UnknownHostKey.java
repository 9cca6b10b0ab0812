package io.patchbay.discovery.ssh;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host key that known_hosts does not list for the host.
 *
 * @param hostEntry   the name as known_hosts would store it: {@code host} or {@code [host]:port}
 * @param keyType     the SSH key type, e.g. {@code ssh-ed25519}
 * @param fingerprint {@code SHA256:...} exactly as OpenSSH prints it
 * @param knownHosts  the known_hosts file that was consulted
 */
public record UnknownHostKey(String hostEntry, String keyType, String fingerprint, Path knownHosts) {
    public UnknownHostKey {
        Objects.requireNonNull(hostEntry, "hostEntry");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(knownHosts, "knownHosts");
    }

    /** The short type OpenSSH shows in messages: ED25519, ECDSA, RSA, ... */
    public String displayType() {
        return HostKeyBlob.displayType(keyType);
    }
}
