package io.patchbay.ops;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Error;
import org.libvirt.Interface;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.w3c.dom.Document;

/**
 * {@link DomainDevices} over one libvirt-java connection. Not thread-safe except
 * {@link #dropConnection()}, which exists so tests can cut the connection mid-plan.
 */
public final class LibvirtDomainDevices implements DomainDevices {
    private static final int XML_SECURE = 1;
    private static final int XML_INACTIVE = 2;
    private static final long POLL_MS = 20;

    private final String uri;
    private final Supplier<Set<String>> hostBridges;
    private volatile Connect conn;

    /**
     * Opens {@code uri}. {@code hostBridges} adds bridges known from another source (SSH or
     * local); it may return null when it knows none.
     */
    public LibvirtDomainDevices(String uri, Supplier<Set<String>> hostBridges) throws DiscoveryException {
        this.uri = uri;
        this.hostBridges = hostBridges;
        this.conn = open(uri);
    }

    private static Connect open(String uri) throws DiscoveryException {
        try {
            return new Connect(uri);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "connecting", e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new DiscoveryException(Reason.OTHER, "libvirt's C library is not installed: install it "
                    + "(apt-get install libvirt0) to use " + uri, e);
        }
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public HostState read(String hostName) throws DiscoveryException {
        Connect c = conn;
        try {
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
            Set<String> extra = hostBridges == null ? null : hostBridges.get();
            if (extra != null) {
                bridges.addAll(extra);
                known = true;
            }
            return new HostState(hostName, uri, liveCalls, known ? bridges : null, networks, domains);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "reading the domains", e);
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

    private Domain domain(String vm) throws DiscoveryException {
        try {
            return conn.domainLookupByName(vm);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "looking up VM '" + vm + "'", e);
        }
    }

    @Override
    public String liveXml(String vm) throws DiscoveryException {
        Domain d = domain(vm);
        try {
            return d.isActive() == 1 ? d.getXMLDesc(0) : null;
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "reading the live XML of VM '" + vm + "'", e);
        }
    }

    @Override
    public String configXml(String vm) throws DiscoveryException {
        Domain d = domain(vm);
        try {
            return d.isPersistent() == 1 ? d.getXMLDesc(XML_INACTIVE) : null;
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "reading the persistent XML of VM '" + vm + "'", e);
        }
    }

    @Override
    public void attach(String vm, String xml, int flags) throws DiscoveryException {
        Domain d = domain(vm);
        try {
            d.attachDeviceFlags(xml, flags);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "attaching the vNIC to VM '" + vm + "'", e);
        }
    }

    @Override
    public void update(String vm, String xml, int flags) throws DiscoveryException {
        Domain d = domain(vm);
        try {
            d.updateDeviceFlags(xml, flags);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "updating the vNIC of VM '" + vm + "'", e);
        }
    }

    @Override
    public void detach(String vm, String xml, int flags) throws DiscoveryException {
        Domain d = domain(vm);
        try {
            d.detachDeviceFlags(xml, flags);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "detaching the vNIC from VM '" + vm + "'", e);
        }
    }

    @Override
    public void redefine(String vm, XmlEdit edit) throws DiscoveryException {
        Domain d = domain(vm);
        try {
            Document doc = DeviceXml.parse(d.getXMLDesc(XML_INACTIVE | XML_SECURE), "the persistent XML of VM " + vm);
            String refused = edit.apply(doc);
            if (refused != null) {
                throw new DiscoveryException(Reason.NOT_FOUND, "cannot redefine VM '" + vm + "': " + refused);
            }
            conn.domainDefineXML(DeviceXml.write(doc));
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(uri, "redefining VM '" + vm + "'", e);
        }
    }

    @Override
    public boolean awaitRemoved(String vm, String mac, Duration bound) throws DiscoveryException {
        long end = System.nanoTime() + bound.toNanos();
        while (true) {
            String xml = liveXml(vm);
            if (xml == null || DeviceXml.interfaceByMac(DeviceXml.parse(xml, "the live XML of VM " + vm), mac) == null) {
                return true;
            }
            if (System.nanoTime() >= end) {
                return false;
            }
            try {
                Thread.sleep(POLL_MS); // polls the real condition (the live XML) with a bound
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void reconnect() throws DiscoveryException {
        dropConnection();
        conn = open(uri);
    }

    /** Closes the connection under any call in progress (tests: "the connection dropped mid-plan"). */
    public void dropConnection() {
        Connect c = conn;
        try {
            c.close();
        } catch (LibvirtException e) {
            // already gone: nothing left to close
        }
    }

    @Override
    public void close() {
        dropConnection();
    }
}
