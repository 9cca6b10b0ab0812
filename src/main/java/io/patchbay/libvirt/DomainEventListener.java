package io.patchbay.libvirt;

/**
 * What a {@link LibvirtConnection} reports about domains. Called on the connection's own
 * dispatch thread (never the libvirt event loop, never the UI thread); keep it short.
 */
public interface DomainEventListener {
    /** A domain was defined, started, stopped, ... ({@code event} e.g. "STARTED/BOOTED"). */
    void lifecycle(String domain, String event);

    /** A device with this alias (e.g. "net1") was added to the live domain (event id 19). */
    void deviceAdded(String domain, String alias);

    /** A device with this alias was removed from the live domain, the guest acknowledged (id 15). */
    void deviceRemoved(String domain, String alias);

    /** The connection dropped ({@code up} false) or came back after a reconnect ({@code up} true). */
    default void connection(boolean up) {
    }
}
