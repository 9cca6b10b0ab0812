package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.discovery.parse.DomainXmlParser;
import io.patchbay.discovery.parse.NetworkXmlParser;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.ParseException;
import io.patchbay.model.NetworkInfo;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;

/**
 * Reads every domain of a connection (name, UUID, state in virsh's words, persistent or
 * transient, id) with its vNICs from BOTH the live XML and the persistent (inactive) XML, and
 * the libvirt networks with their bridges and XML ({@link NetworkXmlParser}). The XML goes through {@link DomainXmlParser}; a
 * domain that disappears while being read is skipped, not an error.
 */
public final class LibvirtReader {
    /** virDomainXMLFlags VIR_DOMAIN_XML_INACTIVE: the persistent definition. */
    static final int XML_INACTIVE = 2;

    private final LibvirtConnection connection;
    private final DomainXmlParser parser = new DomainXmlParser();

    public LibvirtReader(LibvirtConnection connection) {
        this.connection = connection;
    }

    /** Reads everything now. Blocking: never on the UI thread. */
    public LibvirtState read() throws PatchbayException {
        Set<String> names = new LinkedHashSet<>();
        int[] ids = connection.call("listing running domains", c -> c.listDomains());
        for (int id : ids) {
            String name = connection.call("reading domain id " + id, c -> {
                try {
                    return c.domainLookupByID(id).getName();
                } catch (LibvirtException e) {
                    if (LibvirtErrors.code(e) == ErrorNumber.VIR_ERR_NO_DOMAIN) {
                        return null; // stopped since the listing
                    }
                    throw e;
                }
            });
            if (name != null) {
                names.add(name);
            }
        }
        for (String n : connection.call("listing defined domains", c -> c.listDefinedDomains())) {
            names.add(n);
        }
        List<Vm> vms = new ArrayList<>();
        List<VnicDrift> drift = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String name : names) {
            try {
                DomainRead r = readDomain(name, warnings);
                vms.add(r.vm);
                drift.addAll(r.drift);
            } catch (PatchbayException e) {
                if (e.reason() != Reason.NOT_FOUND) {
                    throw e;
                }
                // undefined since the listing
            }
        }
        return new LibvirtState(connection.uri().display(), vms, drift, readNetworks(warnings), warnings);
    }

    /** Reads one domain by name; NOT_FOUND when there is none. */
    public Vm readDomain(String name) throws PatchbayException {
        return readDomain(name, new ArrayList<>()).vm;
    }

    private record DomainRead(Vm vm, List<VnicDrift> drift) {
    }

    private record Raw(String name, String uuid, String state, Integer id, boolean persistent, String liveXml,
                       String configXml) {
    }

    private DomainRead readDomain(String name, List<String> warnings) throws PatchbayException {
        Raw raw = connection.call("reading domain " + name, c -> {
            Domain d = c.domainLookupByName(name);
            DomainInfo info = d.getInfo();
            boolean active = d.isActive() == 1;
            boolean persistent = d.isPersistent() == 1;
            String live = active ? d.getXMLDesc(0) : null;
            String config = persistent ? d.getXMLDesc(XML_INACTIVE) : null;
            return new Raw(d.getName(), d.getUUIDString(), virshState(info.state), active ? d.getID() : null,
                    persistent, live, config);
        });
        String origin = "libvirt " + connection.uri().display() + " domain " + name;
        List<Vnic> live = raw.liveXml == null ? null : vnics(raw.liveXml, origin + " (live XML)", warnings);
        List<Vnic> config = raw.configXml == null ? null : vnics(raw.configXml, origin + " (config XML)", warnings);
        VnicScopes.Result combined = VnicScopes.combine(raw.name, live, config);
        List<Vnic> named = GuestNamePredictor.fill(combined.vnics());
        Vm vm = new Vm(raw.name, raw.uuid, raw.state, raw.id, raw.persistent, named,
                "libvirt " + connection.uri().display());
        return new DomainRead(vm, combined.drift());
    }

    private List<Vnic> vnics(String xml, String origin, List<String> warnings) {
        try {
            Observation o = parser.parse(xml, origin);
            warnings.addAll(o.warnings());
            return o.vms().isEmpty() ? List.of() : o.vms().get(0).vnics();
        } catch (ParseException e) {
            warnings.add(origin + ": " + e.getMessage());
            return List.of();
        }
    }

    private List<LibvirtNetwork> readNetworks(List<String> warnings) throws PatchbayException {
        List<LibvirtNetwork> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        try {
            names.addAll(List.of(connection.call("listing networks", c -> c.listNetworks())));
            names.addAll(List.of(connection.call("listing defined networks", c -> c.listDefinedNetworks())));
        } catch (PatchbayException e) {
            if (e.reason() == Reason.REMOTE_FAILED && connection.isConnected()) {
                warnings.add("libvirt " + connection.uri().display() + ": networks not read: " + e.getMessage());
                return out;
            }
            throw e;
        }
        String uri = connection.uri().display();
        for (String n : names) {
            LibvirtNetwork net = connection.call("reading network " + n, c -> {
                Network nw;
                try {
                    nw = c.networkLookupByName(n);
                } catch (LibvirtException e) {
                    if (LibvirtErrors.code(e) == ErrorNumber.VIR_ERR_NO_NETWORK) {
                        return null;
                    }
                    throw e;
                }
                String bridge;
                try {
                    bridge = nw.getBridgeName();
                } catch (LibvirtException e) {
                    bridge = null; // e.g. a macvtap/hostdev network has no bridge
                }
                boolean active = nw.isActive() == 1;
                boolean persistent = nw.isPersistent() == 1;
                String origin = "libvirt " + uri + " network " + n;
                NetworkInfo info = networkInfo(nw.getXMLDesc(0), origin, warnings);
                return new LibvirtNetwork(n, bridge, active, persistent,
                        info == null ? null : info.withState(active, persistent));
            });
            if (net != null) {
                out.add(net);
            }
        }
        return out;
    }

    /** The network's XML read by {@link NetworkXmlParser}; null (with a warning) when it cannot be. */
    private static NetworkInfo networkInfo(String xml, String origin, List<String> warnings) {
        try {
            Observation o = new NetworkXmlParser().parse(xml, origin);
            warnings.addAll(o.warnings());
            return o.networks().isEmpty() ? null : o.networks().get(0);
        } catch (ParseException e) {
            warnings.add(e.getMessage());
            return null;
        }
    }

    /** virsh's words for a domain state. */
    static String virshState(DomainInfo.DomainState s) {
        if (s == null) {
            return null;
        }
        switch (s) {
            case VIR_DOMAIN_RUNNING:
                return "running";
            case VIR_DOMAIN_BLOCKED:
                return "idle";
            case VIR_DOMAIN_PAUSED:
                return "paused";
            case VIR_DOMAIN_SHUTDOWN:
                return "in shutdown";
            case VIR_DOMAIN_SHUTOFF:
                return "shut off";
            case VIR_DOMAIN_CRASHED:
                return "crashed";
            default:
                return "no state";
        }
    }
}
