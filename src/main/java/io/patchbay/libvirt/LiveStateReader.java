package io.patchbay.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.patchbay.core.PatchbayException;
import io.patchbay.model.AddressSource;
import io.patchbay.model.GuestAddress;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.TrafficCounters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.libvirt.jna.ConnectionPointer;

/**
 * How the running guests are doing: the interface counters of every running domain in ONE bulk
 * call ({@code virConnectGetAllDomainStats}, as {@code virsh domstats --interface}), the DHCP
 * leases of the libvirt networks (one call per network), and a domain's addresses as its guest
 * agent or the host's ARP table report them. Blocking: never on the UI thread.
 */
public final class LiveStateReader {
    /** struct virDomainStatsRecord { virDomainPtr dom; virTypedParameterPtr params; int nparams; } */
    private static final int RECORD_PARAMS = 8;
    private static final int RECORD_NPARAMS = 16;
    /** struct virNetworkDHCPLease: iface, expirytime, type, mac, iaid, ipaddr, prefix, hostname, clientid */
    private static final int LEASE_MAC = 24;
    private static final int LEASE_IPADDR = 40;
    private static final int LEASE_PREFIX = 48;
    /** struct virDomainInterface { char *name; char *hwaddr; unsigned int naddrs; virDomainIPAddressPtr addrs; } */
    private static final int IFACE_HWADDR = 8;
    private static final int IFACE_NADDRS = 16;
    private static final int IFACE_ADDRS = 24;
    /** struct virDomainIPAddress { int type; char *addr; unsigned int prefix; } */
    private static final int IP_ADDR = 8;
    private static final int IP_PREFIX = 16;
    private static final int IP_SIZE = 24;

    private final LibvirtConnection connection;

    public LiveStateReader(LibvirtConnection connection) {
        this.connection = connection;
    }

    /** Counters of every running domain's interfaces, by domain name, then by host-side device. One round trip. */
    public Map<String, Map<String, TrafficCounters>> interfaceStats() throws PatchbayException {
        return connection.callRaw("reading the interface statistics of the running domains", LiveStateReader::stats);
    }

    private static Map<String, Map<String, TrafficCounters>> stats(ConnectionPointer conn) throws RawLibvirtError {
        LibvirtExtras lib = LibvirtExtras.get();
        PointerByReference ret = new PointerByReference();
        int n = lib.virConnectGetAllDomainStats(conn, LibvirtExtras.STATS_INTERFACE, ret,
                LibvirtExtras.STATS_ACTIVE_ONLY);
        if (n < 0) {
            throw RawLibvirtError.last(lib, "virConnectGetAllDomainStats failed");
        }
        Pointer records = ret.getValue();
        Map<String, Map<String, TrafficCounters>> out = new LinkedHashMap<>();
        if (records == null) {
            return out;
        }
        try {
            for (int i = 0; i < n; i++) {
                Pointer rec = records.getPointer((long) i * Native.POINTER_SIZE);
                if (rec == null) {
                    break;
                }
                String name = lib.virDomainGetName(rec.getPointer(0));
                Map<String, Object> params = TypedParams.read(rec.getPointer(RECORD_PARAMS), rec.getInt(RECORD_NPARAMS));
                if (name != null) {
                    out.put(name, InterfaceStatsParams.interfaces(params));
                }
            }
        } finally {
            lib.virDomainStatsRecordListFree(records);
        }
        return out;
    }

    /** The DHCP leases of one libvirt network, by MAC (lower case). */
    public Map<String, List<GuestAddress>> leases(String network) throws PatchbayException {
        return connection.callRaw("reading the DHCP leases of network " + network, conn -> leases(conn, network));
    }

    private static Map<String, List<GuestAddress>> leases(ConnectionPointer conn, String network) throws RawLibvirtError {
        LibvirtExtras lib = LibvirtExtras.get();
        Pointer net = lib.virNetworkLookupByName(conn, network);
        if (net == null) {
            throw RawLibvirtError.last(lib, "no network " + network);
        }
        Map<String, List<GuestAddress>> out = new LinkedHashMap<>();
        try {
            PointerByReference ret = new PointerByReference();
            int n = lib.virNetworkGetDHCPLeases(net, null, ret, 0);
            if (n < 0) {
                throw RawLibvirtError.last(lib, "virNetworkGetDHCPLeases failed");
            }
            Pointer arr = ret.getValue();
            if (arr == null) {
                return out;
            }
            try {
                for (int i = 0; i < n; i++) {
                    Pointer lease = arr.getPointer((long) i * Native.POINTER_SIZE);
                    String mac = MacAddresses.normalize(string(lease, LEASE_MAC));
                    String ip = string(lease, LEASE_IPADDR);
                    if (mac != null && ip != null) {
                        out.computeIfAbsent(mac, k -> new ArrayList<>()).add(
                                new GuestAddress(ip + "/" + Integer.toUnsignedString(lease.getInt(LEASE_PREFIX)),
                                        AddressSource.LEASE));
                    }
                    lib.virNetworkDHCPLeaseFree(lease);
                }
            } finally {
                Native.free(Pointer.nativeValue(arr));
            }
        } finally {
            lib.virNetworkFree(net);
        }
        return out;
    }

    /**
     * A running domain's addresses by MAC as {@code source} (AGENT or ARP) reports them. Fails
     * (REMOTE) when the source cannot answer, e.g. no guest agent in the guest.
     */
    public Map<String, List<GuestAddress>> domainAddresses(String domain, AddressSource source) throws PatchbayException {
        int src = switch (source) {
            case LEASE -> LibvirtExtras.ADDRESSES_LEASE;
            case AGENT -> LibvirtExtras.ADDRESSES_AGENT;
            case ARP -> LibvirtExtras.ADDRESSES_ARP;
        };
        return connection.callRaw("reading the " + source.wireName() + " addresses of domain " + domain,
                conn -> addresses(conn, domain, src, source));
    }

    private static Map<String, List<GuestAddress>> addresses(ConnectionPointer conn, String domain, int src,
                                                             AddressSource source) throws RawLibvirtError {
        LibvirtExtras lib = LibvirtExtras.get();
        Pointer dom = lib.virDomainLookupByName(conn, domain);
        if (dom == null) {
            throw RawLibvirtError.last(lib, "no domain " + domain);
        }
        Map<String, List<GuestAddress>> out = new LinkedHashMap<>();
        try {
            PointerByReference ret = new PointerByReference();
            int n = lib.virDomainInterfaceAddresses(dom, ret, src, 0);
            if (n < 0) {
                throw RawLibvirtError.last(lib, "virDomainInterfaceAddresses failed");
            }
            Pointer arr = ret.getValue();
            if (arr == null) {
                return out;
            }
            try {
                for (int i = 0; i < n; i++) {
                    Pointer iface = arr.getPointer((long) i * Native.POINTER_SIZE);
                    String mac = MacAddresses.normalize(string(iface, IFACE_HWADDR));
                    int naddrs = iface.getInt(IFACE_NADDRS);
                    Pointer addrs = iface.getPointer(IFACE_ADDRS);
                    for (int a = 0; mac != null && addrs != null && a < naddrs; a++) {
                        long base = (long) a * IP_SIZE;
                        String ip = string(addrs, base + IP_ADDR);
                        if (ip != null) {
                            out.computeIfAbsent(mac, k -> new ArrayList<>()).add(new GuestAddress(
                                    ip + "/" + Integer.toUnsignedString(addrs.getInt(base + IP_PREFIX)), source));
                        }
                    }
                    lib.virDomainInterfaceFree(iface);
                }
            } finally {
                Native.free(Pointer.nativeValue(arr));
            }
        } finally {
            lib.virDomainFree(dom);
        }
        return out;
    }

    private static String string(Pointer p, long offset) {
        Pointer s = p.getPointer(offset);
        return s == null ? null : s.getString(0, "UTF-8");
    }
}
