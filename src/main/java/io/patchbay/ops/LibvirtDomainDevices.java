package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.libvirt.DomainEventListener;
import io.patchbay.libvirt.LibvirtConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Error;
import org.libvirt.Interface;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link DomainDevices} over a {@link LibvirtConnection}. A live detach is confirmed by libvirt's
 * device-removed event for the vNIC's alias (the guest acknowledged the unplug); drivers without
 * that event fall back to reading the live XML.
 */
public final class LibvirtDomainDevices implements DomainDevices {
    private static final int XML_SECURE = 1;
    private static final int XML_INACTIVE = 2;
    private static final long XML_POLL_MS = 20;

    private final String uri;
    private final Supplier<Set<String>> hostBridges;
    private final Supplier<Set<String>> hostOvsBridges;
    private final Object removedLock = new Object();
    /** "domain/alias" of devices libvirt reported removed since their detach was asked. */
    private final Set<String> removed = new HashSet<>();
    /** "domain/mac" -> alias of the live interface a detach was asked for. */
    private final Map<String, String> detaching = new ConcurrentHashMap<>();
    private final DomainEventListener events = new DomainEventListener() {
        @Override
        public void lifecycle(String domain, String event) {
            // plans only wait for device removals
        }

        @Override
        public void deviceAdded(String domain, String alias) {
            // attach returns when the device is there: nothing to wait for
        }

        @Override
        public void deviceRemoved(String domain, String alias) {
            synchronized (removedLock) {
                removed.add(domain + "/" + alias);
                removedLock.notifyAll();
            }
        }
    };
    private volatile LibvirtConnection conn;
    private volatile boolean dropped;

    /**
     * Opens {@code uri}. {@code hostBridges} adds bridges known from another source (SSH or
     * local); null, or returning null, when there is none.
     */
    public LibvirtDomainDevices(String uri, Supplier<Set<String>> hostBridges) throws PatchbayException {
        this(uri, hostBridges, null);
    }

    /**
     * Opens {@code uri}; {@code hostOvsBridges} (null, or returning null, when unknown) names the
     * host's Open vSwitch bridges as another source reads them. Called right after
     * {@code hostBridges}, so both may come from one read.
     */
    public LibvirtDomainDevices(String uri, Supplier<Set<String>> hostBridges, Supplier<Set<String>> hostOvsBridges)
            throws PatchbayException {
        this.uri = uri;
        this.hostBridges = hostBridges;
        this.hostOvsBridges = hostOvsBridges;
        this.conn = LibvirtConnection.open(uri);
        conn.addListener(events);
    }

    @Override
    public String uri() {
        return uri;
    }

    private <T> T call(String what, io.patchbay.libvirt.LibvirtCall<T> call) throws PatchbayException {
        if (dropped) {
            throw new PatchbayException(Reason.REMOTE_FAILED, "libvirt at " + uri + ": " + what
                    + " failed: the connection was dropped");
        }
        return conn.call(what, call);
    }

    @Override
    public boolean connected() {
        return !dropped && conn.isConnected();
    }

    @Override
    public HostState read(String hostName) throws PatchbayException {
        Set<String> extra = hostBridges == null ? null : hostBridges.get();
        Set<String> ovs = new HashSet<>();
        Set<String> extraOvs = hostOvsBridges == null ? null : hostOvsBridges.get();
        if (extraOvs != null) {
            ovs.addAll(extraOvs);
        }
        return call("reading the domains, networks and bridges", c -> {
            boolean liveCalls = !"test".equalsIgnoreCase(c.getType());
            List<DomainState> domains = new ArrayList<>();
            for (int id : c.listDomains()) {
                DomainState d = state(() -> c.domainLookupByID(id));
                if (d != null) {
                    domains.add(d);
                }
            }
            for (String name : c.listDefinedDomains()) {
                DomainState d = state(() -> c.domainLookupByName(name));
                if (d != null) {
                    domains.add(d);
                }
            }
            Set<String> networks = new HashSet<>();
            Set<String> bridges = new HashSet<>();
            for (String[] names : new String[][] {c.listNetworks(), c.listDefinedNetworks()}) {
                for (String n : names) {
                    networks.add(n);
                    try {
                        Network net = c.networkLookupByName(n);
                        String br = net.getBridgeName();
                        if (br != null && !br.isEmpty()) {
                            bridges.add(br);
                        }
                    } catch (LibvirtException e) {
                        // a network without a bridge (or gone meanwhile) adds none
                    }
                }
            }
            boolean known = interfaceBridges(c, bridges);
            if (extra != null) {
                bridges.addAll(extra);
                known = true;
            }
            for (DomainState d : domains) {
                ovsPortsOf(d.liveXml(), ovs);
            }
            if (known) {
                bridges.addAll(ovs);
            }
            return new HostState(hostName, uri, liveCalls, known ? bridges : null, networks, domains, ovs);
        });
    }

    /** Adds the bridges of the live vNICs with {@code <virtualport type='openvswitch'>}: Open vSwitch bridges. */
    private static void ovsPortsOf(String liveXml, Set<String> ovs) {
        if (liveXml == null) {
            return;
        }
        try {
            for (Element e : DeviceXml.interfaces(DeviceXml.parse(liveXml, "live XML"))) {
                if (DeviceXml.isOvs(e) && DeviceXml.bridgeOf(e) != null) {
                    ovs.add(DeviceXml.bridgeOf(e));
                }
            }
        } catch (IllegalArgumentException e) {
            // a live XML libvirt itself wrote is well-formed; if not, it names no OVS bridge
        }
    }

    /** Adds the host bridges libvirt's interface driver lists; false when it has none to ask. */
    private static boolean interfaceBridges(Connect c, Set<String> bridges) {
        try {
            for (String[] names : new String[][] {c.listInterfaces(), c.listDefinedInterfaces()}) {
                for (String n : names) {
                    Interface i = c.interfaceLookupByName(n);
                    Document doc = DeviceXml.parse(i.getXMLDescription(0), "interface " + n);
                    if ("bridge".equals(doc.getDocumentElement().getAttribute("type"))) {
                        bridges.add(n);
                    }
                }
            }
            return true;
        } catch (LibvirtException | IllegalArgumentException e) {
            return false;
        }
    }

    private interface Lookup {
        Domain get() throws LibvirtException;
    }

    private static DomainState state(Lookup lookup) throws LibvirtException {
        try {
            Domain d = lookup.get();
            boolean running = d.isActive() == 1;
            boolean persistent = d.isPersistent() == 1;
            return new DomainState(d.getName(), d.getUUIDString(), running, persistent,
                    running ? d.getXMLDesc(0) : null, persistent ? d.getXMLDesc(XML_INACTIVE) : null);
        } catch (LibvirtException e) {
            if (e.getError() != null && e.getError().getCode() == Error.ErrorNumber.VIR_ERR_NO_DOMAIN) {
                return null; // went away while we listed
            }
            throw e;
        }
    }

    @Override
    public String liveXml(String vm) throws PatchbayException {
        return call("reading the live XML of VM '" + vm + "'", c -> {
            Domain d = c.domainLookupByName(vm);
            return d.isActive() == 1 ? d.getXMLDesc(0) : null;
        });
    }

    @Override
    public String configXml(String vm) throws PatchbayException {
        return call("reading the persistent XML of VM '" + vm + "'", c -> {
            Domain d = c.domainLookupByName(vm);
            return d.isPersistent() == 1 ? d.getXMLDesc(XML_INACTIVE) : null;
        });
    }

    @Override
    public void attach(String vm, String xml, int flags) throws PatchbayException {
        call("attaching the vNIC to VM '" + vm + "'", c -> {
            c.domainLookupByName(vm).attachDeviceFlags(xml, flags);
            return null;
        });
    }

    @Override
    public void update(String vm, String xml, int flags) throws PatchbayException {
        call("updating the vNIC of VM '" + vm + "'", c -> c.domainLookupByName(vm).updateDeviceFlags(xml, flags));
    }

    @Override
    public void detach(String vm, String xml, int flags) throws PatchbayException {
        String mac = DeviceXml.macOf(DeviceXml.parseInterface(xml));
        if ((flags & Step.LIVE) != 0) {
            String live = liveXml(vm);
            Element now = live == null ? null : DeviceXml.interfaceByMac(DeviceXml.parse(live, "live XML"), mac);
            String alias = now == null ? null : DeviceXml.aliasOf(now);
            if (alias != null) {
                synchronized (removedLock) {
                    removed.remove(vm + "/" + alias);
                }
                detaching.put(vm + "/" + mac, alias);
            }
        }
        call("detaching the vNIC from VM '" + vm + "'", c -> {
            c.domainLookupByName(vm).detachDeviceFlags(xml, flags);
            return null;
        });
    }

    @Override
    public void redefine(String vm, XmlEdit edit) throws PatchbayException {
        String xml = call("reading the persistent XML of VM '" + vm + "'",
                c -> c.domainLookupByName(vm).getXMLDesc(XML_INACTIVE | XML_SECURE));
        Document doc = DeviceXml.parse(xml, "the persistent XML of VM " + vm);
        String refused = edit.apply(doc);
        if (refused != null) {
            throw new PatchbayException(Reason.NOT_FOUND, "cannot redefine VM '" + vm + "': " + refused);
        }
        String changed = DeviceXml.write(doc);
        call("redefining VM '" + vm + "'", c -> c.domainDefineXML(changed));
    }

    @Override
    public String awaitRemoved(String vm, String mac, Duration bound) throws PatchbayException {
        long end = System.nanoTime() + bound.toNanos();
        String alias = detaching.remove(vm + "/" + mac);
        if (alias != null && conn.hasDeviceEvents()) {
            String key = vm + "/" + alias;
            synchronized (removedLock) {
                while (!removed.contains(key)) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    try {
                        removedLock.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                removed.remove(key);
            }
            return "libvirt's device-removed event for " + alias;
        }
        while (true) {
            String xml = liveXml(vm);
            if (xml == null || DeviceXml.interfaceByMac(DeviceXml.parse(xml, "the live XML of VM " + vm), mac) == null) {
                return "the live XML no longer has it";
            }
            if (System.nanoTime() >= end) {
                return null;
            }
            try {
                Thread.sleep(XML_POLL_MS); // this driver sends no device-removed: poll the live XML, bounded
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    @Override
    public void reconnect() throws PatchbayException {
        LibvirtConnection old = conn;
        LibvirtConnection fresh = LibvirtConnection.open(uri);
        fresh.addListener(events);
        conn = fresh;
        dropped = false;
        old.close();
    }

    /** Closes the connection under the plan (tests: "the connection dropped mid-plan"). */
    public void dropConnection() {
        dropped = true;
        conn.close();
    }

    @Override
    public void close() {
        conn.close();
    }
}
