package io.patchbay.libvirt;

import java.time.Duration;

/**
 * How a {@link LibvirtConnection} is opened and kept.
 *
 * @param acceptNewHostKey trust and store a first-seen SSH host key (libssh2/libssh transports,
 *                         {@code known_hosts_verify=auto}), never a changed one
 * @param keepAliveInterval seconds between keepalive probes (0: off)
 * @param keepAliveCount   unanswered probes before the connection counts as dead
 * @param firstBackoff     first wait before a reconnect; doubled up to {@code maxBackoff}
 */
public record LibvirtOptions(boolean acceptNewHostKey, int keepAliveInterval,
                             int keepAliveCount, Duration firstBackoff, Duration maxBackoff) {
    public static LibvirtOptions defaults() {
        return new LibvirtOptions(false, 5, 3, Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public LibvirtOptions withAcceptNewHostKey(boolean accept) {
        return new LibvirtOptions(accept, keepAliveInterval, keepAliveCount, firstBackoff, maxBackoff);
    }
}
