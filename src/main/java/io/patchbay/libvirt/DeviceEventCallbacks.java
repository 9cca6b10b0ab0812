package io.patchbay.libvirt;

import com.sun.jna.Pointer;
import java.util.function.BiConsumer;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.jna.DomainPointer;
import org.libvirt.jna.Libvirt;

/**
 * Device-added and device-removed events, which libvirt-java has no listener for: registered
 * directly through JNA's {@code virConnectDomainEventRegisterAny}. The callback objects are
 * kept here (strong references) for as long as they are registered: JNA would otherwise let
 * the garbage collector free the native trampoline libvirt still calls.
 */
final class DeviceEventCallbacks {
    /** libvirt's VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED. */
    static final int DEVICE_REMOVED = 15;
    /** libvirt's VIR_DOMAIN_EVENT_ID_DEVICE_ADDED. */
    static final int DEVICE_ADDED = 19;

    /** virConnectDomainEventDeviceRemovedCallback / ...AddedCallback: (conn, dom, devAlias, opaque). */
    public interface AliasCallback extends Libvirt.VirDomainEventCallback {
        void eventCallback(ConnectionPointer conn, DomainPointer dom, String alias, Pointer opaque);
    }

    private final AliasCallback added;
    private final AliasCallback removed;
    private int addedId = -1;
    private int removedId = -1;

    /** {@code onAdded}/{@code onRemoved} get (domain name, device alias); they must only post work. */
    DeviceEventCallbacks(BiConsumer<String, String> onAdded, BiConsumer<String, String> onRemoved) {
        this.added = (conn, dom, alias, opaque) -> onAdded.accept(Libvirt.INSTANCE.virDomainGetName(dom), alias);
        this.removed = (conn, dom, alias, opaque) -> onRemoved.accept(Libvirt.INSTANCE.virDomainGetName(dom), alias);
    }

    /** Registers both; returns false when the driver refuses (e.g. test:///, which has no such events). */
    boolean register(ConnectionPointer conn) {
        addedId = Libvirt.INSTANCE.virConnectDomainEventRegisterAny(conn, null, DEVICE_ADDED, added, null, null);
        removedId = Libvirt.INSTANCE.virConnectDomainEventRegisterAny(conn, null, DEVICE_REMOVED, removed, null, null);
        return addedId >= 0 && removedId >= 0;
    }

    void deregister(ConnectionPointer conn) {
        if (addedId >= 0) {
            Libvirt.INSTANCE.virConnectDomainEventDeregisterAny(conn, addedId);
            addedId = -1;
        }
        if (removedId >= 0) {
            Libvirt.INSTANCE.virConnectDomainEventDeregisterAny(conn, removedId);
            removedId = -1;
        }
    }
}
