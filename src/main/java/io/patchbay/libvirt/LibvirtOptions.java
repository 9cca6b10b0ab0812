package io.patchbay.libvirt;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * How a {@link LibvirtConnection} is opened and kept.
 *
 * @param acceptNewHostKey trust a first-seen SSH host key (libssh transport), never a changed one
 * @param password         asked only when libvirt prompts for a passphrase; null: none
 * @param keepAliveInterval seconds between keepalive probes (0: off)
 * @param keepAliveCount   unanswered probes before the connection counts as dead
 * @param firstBackoff     first wait before a reconnect; doubled up to {@code maxBackoff}
 */
public record LibvirtOptions(boolean acceptNewHostKey, Supplier<char[]> password, int keepAliveInterval,
                             int keepAliveCount, Duration firstBackoff, Duration maxBackoff) {
    public static LibvirtOptions defaults() {
        return new LibvirtOptions(false, null, 5, 3, Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public LibvirtOptions withAcceptNewHostKey(boolean accept) {
        return new LibvirtOptions(accept, password, keepAliveInterval, keepAliveCount, firstBackoff, maxBackoff);
    }

    public LibvirtOptions withPassword(Supplier<char[]> supplier) {
        return new LibvirtOptions(acceptNewHostKey, supplier, keepAliveInterval, keepAliveCount, firstBackoff, maxBackoff);
    }

    @Override
    public String toString() {
        return "LibvirtOptions[acceptNewHostKey=" + acceptNewHostKey + ", password=" + (password == null ? "none" : "given")
                + ", keepAlive=" + keepAliveInterval + "s x" + keepAliveCount + "]";
    }
}
