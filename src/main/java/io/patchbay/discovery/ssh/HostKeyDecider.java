package io.patchbay.discovery.ssh;

/**
 * Decides about a host key that is not in known_hosts (never about a changed key: that is always
 * refused). The CLI decides from {@code --accept-new-host-key}; the UI can ask the user. Called on
 * the connecting thread, during the SSH handshake.
 */
@FunctionalInterface
public interface HostKeyDecider {

    /** What to do with a first-seen host key. */
    enum Decision {
        /** Trust it for this connection only. */
        ACCEPT_ONCE,
        /** Trust it and append it to the known_hosts file. */
        ACCEPT_AND_REMEMBER,
        /** Do not connect. */
        REFUSE
    }

    Decision decide(UnknownHostKey key);

    /** The CLI's decider: remember the key when {@code acceptNew}, refuse otherwise. */
    static HostKeyDecider cli(boolean acceptNew) {
        return key -> acceptNew ? Decision.ACCEPT_AND_REMEMBER : Decision.REFUSE;
    }
}
