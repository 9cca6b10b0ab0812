package io.patchbay.libvirt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.libvirt.jna.ConnectionPointer;

/**
 * The libvirt C functions that libvirt-java 0.5.2 does not bind, loaded from the same
 * {@code libvirt.so}: bulk domain statistics (one call for every running domain), a domain's
 * interface addresses, a network's DHCP leases. Domains and networks are looked up and freed
 * here as plain pointers.
 */
interface LibvirtExtras extends Library {
    /** VIR_DOMAIN_STATS_INTERFACE */
    int STATS_INTERFACE = 1 << 4;
    /** VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE */
    int STATS_ACTIVE_ONLY = 1;
    /** virDomainInterfaceAddressesSource */
    int ADDRESSES_LEASE = 0;
    int ADDRESSES_AGENT = 1;
    int ADDRESSES_ARP = 2;
    /** virTypedParameterType */
    int PARAM_INT = 1;
    int PARAM_UINT = 2;
    int PARAM_LLONG = 3;
    int PARAM_ULLONG = 4;
    int PARAM_STRING = 7;
    /** virIPAddrType */
    int IP_IPV4 = 0;

    /** Loaded on first use: a missing libvirt is an {@link UnsatisfiedLinkError} at that moment. */
    final class Holder {
        static final LibvirtExtras INSTANCE = Native.load("virt", LibvirtExtras.class);

        private Holder() {
        }
    }

    static LibvirtExtras get() {
        return Holder.INSTANCE;
    }

    int virConnectGetAllDomainStats(ConnectionPointer conn, int stats, PointerByReference retStats, int flags);

    void virDomainStatsRecordListFree(Pointer stats);

    String virDomainGetName(Pointer dom);

    Pointer virDomainLookupByName(ConnectionPointer conn, String name);

    int virDomainFree(Pointer dom);

    int virDomainInterfaceAddresses(Pointer dom, PointerByReference ifaces, int source, int flags);

    void virDomainInterfaceFree(Pointer iface);

    Pointer virNetworkLookupByName(ConnectionPointer conn, String name);

    int virNetworkFree(Pointer net);

    int virNetworkGetDHCPLeases(Pointer net, String mac, PointerByReference leases, int flags);

    void virNetworkDHCPLeaseFree(Pointer lease);

    String virGetLastErrorMessage();

    int virGetLastErrorCode();

    void virResetLastError();
}
