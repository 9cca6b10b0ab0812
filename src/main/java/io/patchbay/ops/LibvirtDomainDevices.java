package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.libvirt.DomainEventListener;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtDomains;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link DomainDevices} over a {@link LibvirtConnection}. A live detach is confirmed by libvirt's
 * device-removed event for the vNIC's alias (the guest acknowledged the unplug); drivers without
 * that event fall back to reading the live XML.
 */
public final class LibvirtDomainDevices implements DomainDevices {
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
    private final Opener opener;
    private volatile LibvirtConnection conn;
    private volatile LibvirtDomains domains;
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
        this(uri, () -> LibvirtConnection.open(uri), hostBridges, hostOvsBridges);
    }

    /** How the connection is opened, at first and again at {@link #reconnect()}. */
    @FunctionalInterface
    public interface Opener {
        LibvirtConnection open() throws PatchbayException;
    }

    /**
     * Opens the connection to {@code uri} (as the user gave it, for plans and messages) with
     * {@code opener}, which may add what the command line or console says (a key, known hosts).
     */
    public LibvirtDomainDevices(String uri, Opener opener, Supplier<Set<String>> hostBridges,
                                Supplier<Set<String>> hostOvsBridges) throws PatchbayException {
        this.uri = uri;
        this.opener = opener;
        this.hostBridges = hostBridges;
        this.hostOvsBridges = hostOvsBridges;
        use(opener.open());
    }

    private void use(LibvirtConnection c) {
        c.addListener(events);
        domains = LibvirtDomains.over(c);
        conn = c;
    }

    @Override
    public String uri() {
        return uri;
    }

    private LibvirtDomains calls(String what) throws PatchbayException {
        checkNotDropped(what);
        return domains;
    }

    private void checkNotDropped(String what) throws PatchbayException {
        if (dropped) {
            throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("libvirt.dropped", uri, what));
        }
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
        String what = "reading the domains, networks and bridges";
        LibvirtDomains.Listing l = calls(what).listing(what);
        List<DomainState> states = new ArrayList<>();
        for (LibvirtDomains.ListedDomain d : l.domains()) {
            states.add(new DomainState(d.name(), d.uuid(), d.running(), d.persistent(), d.liveXml(), d.configXml()));
        }
        Set<String> bridges = new HashSet<>(l.networkBridges());
        boolean known = interfaceBridges(l.interfaces(), bridges);
        if (extra != null) {
            bridges.addAll(extra);
            known = true;
        }
        for (DomainState d : states) {
            ovsPortsOf(d.liveXml(), ovs);
        }
        if (known) {
            bridges.addAll(ovs);
        }
        return new HostState(hostName, uri, !l.testDriver(), known ? bridges : null, l.networks(), states, ovs);
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

    /** Adds the host bridges among libvirt's interfaces; false when it has none to ask (or one cannot be read). */
    private static boolean interfaceBridges(Map<String, String> interfaces, Set<String> bridges) {
        if (interfaces == null) {
            return false;
        }
        try {
            for (Map.Entry<String, String> i : interfaces.entrySet()) {
                Document doc = DeviceXml.parse(i.getValue(), "interface " + i.getKey());
                if ("bridge".equals(doc.getDocumentElement().getAttribute("type"))) {
                    bridges.add(i.getKey());
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String liveXml(String vm) throws PatchbayException {
        String what = "reading the live XML of VM '" + vm + "'";
        return calls(what).liveXml(what, vm);
    }

    @Override
    public String configXml(String vm) throws PatchbayException {
        String what = "reading the persistent XML of VM '" + vm + "'";
        return calls(what).configXml(what, vm);
    }

    @Override
    public void attach(String vm, String xml, int flags) throws PatchbayException {
        String what = "attaching the vNIC to VM '" + vm + "'";
        calls(what).attach(what, vm, xml, flags);
    }

    @Override
    public void update(String vm, String xml, int flags) throws PatchbayException {
        String what = "updating the vNIC of VM '" + vm + "'";
        calls(what).update(what, vm, xml, flags);
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
        String what = "detaching the vNIC from VM '" + vm + "'";
        calls(what).detach(what, vm, xml, flags);
    }

    @Override
    public void redefine(String vm, XmlEdit edit) throws PatchbayException {
        String reading = "reading the persistent XML of VM '" + vm + "'";
        String xml = calls(reading).inactiveXml(reading, vm, true);
        Document doc = DeviceXml.parse(xml, "the persistent XML of VM " + vm);
        Sentence refused = edit.apply(doc);
        if (refused != null) {
            throw new PatchbayException(Reason.NOT_FOUND, Sentence.of("ops.redefine.refused", vm, refused));
        }
        String changed = DeviceXml.write(doc);
        String defining = "redefining VM '" + vm + "'";
        calls(defining).define(defining, changed);
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
        use(opener.open());
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
