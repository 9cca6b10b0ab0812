package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.libvirt.LibvirtDomains.ListedDomain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Error;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;

/** {@link LibvirtDomains} on a {@link LibvirtConnection}: each method one {@link LibvirtConnection#call}. */
final class ConnectionDomains implements LibvirtDomains {
    private static final int XML_SECURE = 1;
    private static final int XML_INACTIVE = 2;

    private final LibvirtConnection conn;

    ConnectionDomains(LibvirtConnection conn) {
        this.conn = conn;
    }

    @Override
    public LibvirtUri uri() {
        return conn.uri();
    }

    @Override
    public boolean connected() {
        return conn.isConnected();
    }

    @Override
    public boolean hasDeviceEvents() {
        return conn.hasDeviceEvents();
    }

    @Override
    public void addListener(DomainEventListener listener) {
        conn.addListener(listener);
    }

    @Override
    public Listing listing(String what) throws PatchbayException {
        return conn.call(what, c -> {
            boolean test = "test".equalsIgnoreCase(c.getType());
            List<ListedDomain> domains = new ArrayList<>();
            for (int id : c.listDomains()) {
                ListedDomain d = state(() -> c.domainLookupByID(id));
                if (d != null) {
                    domains.add(d);
                }
            }
            for (String name : c.listDefinedDomains()) {
                ListedDomain d = state(() -> c.domainLookupByName(name));
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
                        String br = c.networkLookupByName(n).getBridgeName();
                        if (br != null && !br.isEmpty()) {
                            bridges.add(br);
                        }
                    } catch (LibvirtException e) {
                        // a network without a bridge (or gone meanwhile) adds none
                    }
                }
            }
            return new Listing(test, domains, networks, bridges, interfaceXmls(c));
        });
    }

    /** The XML of every host interface libvirt's interface driver lists; null when it has none to ask. */
    private static Map<String, String> interfaceXmls(Connect c) {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (String[] names : new String[][] {c.listInterfaces(), c.listDefinedInterfaces()}) {
                for (String n : names) {
                    out.put(n, c.interfaceLookupByName(n).getXMLDescription(0));
                }
            }
            return out;
        } catch (LibvirtException e) {
            return null;
        }
    }

    private interface Lookup {
        Domain get() throws LibvirtException;
    }

    private static ListedDomain state(Lookup lookup) throws LibvirtException {
        try {
            Domain d = lookup.get();
            boolean running = d.isActive() == 1;
            boolean persistent = d.isPersistent() == 1;
            return new ListedDomain(d.getName(), d.getUUIDString(), running, persistent,
                    running ? d.getXMLDesc(0) : null, persistent ? d.getXMLDesc(XML_INACTIVE) : null);
        } catch (LibvirtException e) {
            if (e.getError() != null && e.getError().getCode() == Error.ErrorNumber.VIR_ERR_NO_DOMAIN) {
                return null; // went away while we listed
            }
            throw e;
        }
    }

    @Override
    public String liveXml(String what, String vm) throws PatchbayException {
        return conn.call(what, c -> {
            Domain d = c.domainLookupByName(vm);
            return d.isActive() == 1 ? d.getXMLDesc(0) : null;
        });
    }

    @Override
    public String configXml(String what, String vm) throws PatchbayException {
        return conn.call(what, c -> {
            Domain d = c.domainLookupByName(vm);
            return d.isPersistent() == 1 ? d.getXMLDesc(XML_INACTIVE) : null;
        });
    }

    @Override
    public String inactiveXml(String what, String vm, boolean secure) throws PatchbayException {
        return conn.call(what, c -> c.domainLookupByName(vm).getXMLDesc(XML_INACTIVE | (secure ? XML_SECURE : 0)));
    }

    @Override
    public DomainTexts texts(String what, String vm, boolean withSnapshots) throws PatchbayException {
        return conn.call(what, c -> {
            Domain d = c.domainLookupByName(vm);
            boolean running = d.isActive() == 1;
            boolean persistent = d.isPersistent() == 1;
            String live = running ? d.getXMLDesc(0) : null;
            String inactive = d.getXMLDesc(XML_INACTIVE);
            Map<String, String> snapshots = new LinkedHashMap<>();
            if (withSnapshots) {
                for (String s : d.snapshotListNames()) {
                    snapshots.put(s, d.snapshotLookupByName(s).getXMLDesc());
                }
            }
            return new DomainTexts(running, persistent, live, inactive, snapshots);
        });
    }

    @Override
    public void attach(String what, String vm, String xml, int flags) throws PatchbayException {
        conn.call(what, c -> {
            c.domainLookupByName(vm).attachDeviceFlags(xml, flags);
            return null;
        });
    }

    @Override
    public void update(String what, String vm, String xml, int flags) throws PatchbayException {
        conn.call(what, c -> c.domainLookupByName(vm).updateDeviceFlags(xml, flags));
    }

    @Override
    public void detach(String what, String vm, String xml, int flags) throws PatchbayException {
        conn.call(what, c -> {
            c.domainLookupByName(vm).detachDeviceFlags(xml, flags);
            return null;
        });
    }

    @Override
    public void define(String what, String xml) throws PatchbayException {
        conn.call(what, c -> c.domainDefineXML(xml));
    }

    @Override
    public void undefine(String what, String vm) throws PatchbayException {
        conn.call(what, c -> {
            c.domainLookupByName(vm).undefine();
            return null;
        });
    }

    @Override
    public List<Integer> runningIds(String what) throws PatchbayException {
        int[] ids = conn.call(what, Connect::listDomains);
        List<Integer> out = new ArrayList<>();
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }

    @Override
    public String nameOf(String what, int id) throws PatchbayException {
        return conn.call(what, c -> c.domainLookupByID(id).getName());
    }

    @Override
    public List<String> runningNames(String what) throws PatchbayException {
        return conn.call(what, c -> {
            List<String> out = new ArrayList<>();
            for (int id : c.listDomains()) {
                out.add(c.domainLookupByID(id).getName());
            }
            return out;
        });
    }

    @Override
    public List<String> definedNames(String what) throws PatchbayException {
        return List.of(conn.call(what, Connect::listDefinedDomains));
    }

    @Override
    public List<String> snapshotNames(String what, String vm) throws PatchbayException {
        return List.of(conn.call(what, c -> c.domainLookupByName(vm).snapshotListNames()));
    }

    @Override
    public String snapshotXml(String what, String vm, String snapshot) throws PatchbayException {
        return conn.call(what, c -> {
            Domain d = c.domainLookupByName(vm);
            if (!List.of(d.snapshotListNames()).contains(snapshot)) {
                return null;
            }
            return d.snapshotLookupByName(snapshot).getXMLDesc();
        });
    }

    @Override
    public Volume volume(String what, String diskType, String source) throws PatchbayException {
        return conn.call(what, c -> {
            StorageVol vol;
            if ("volume".equals(diskType)) {
                String[] pv = source.split("/", 2);
                vol = c.storagePoolLookupByName(pv[0]).storageVolLookupByName(pv[1]);
            } else {
                vol = c.storageVolLookupByPath(source);
            }
            StoragePool pool = vol.storagePoolLookupByVolume();
            return new Volume(pool.getName(), vol.getName(), vol.getXMLDesc(0), pool.getXMLDesc(0),
                    vol.getInfo().capacity, List.of(pool.listVolumes()));
        });
    }

    @Override
    public String cloneVolume(String what, String pool, String sourceVolume, String volumeXml)
            throws PatchbayException {
        return conn.call(what, c -> {
            StoragePool p = c.storagePoolLookupByName(pool);
            return p.storageVolCreateXMLFrom(volumeXml, p.storageVolLookupByName(sourceVolume), 0).getPath();
        });
    }

    @Override
    public void deleteVolume(String what, String pool, String volume) throws PatchbayException {
        conn.call(what, c -> {
            c.storagePoolLookupByName(pool).storageVolLookupByName(volume).delete(0);
            return null;
        });
    }
}
