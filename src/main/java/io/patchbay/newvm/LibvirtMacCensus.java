package io.patchbay.newvm;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacCensus;
import io.patchbay.mac.MacSighting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.libvirt.Domain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Adds every MAC a libvirt host uses to a {@link MacCensus}: each domain's live XML (when
 * running), its persistent XML and the domain XML kept in each of its snapshots. Blocking I/O.
 */
public final class LibvirtMacCensus {
    private static final int XML_INACTIVE = 2;

    private LibvirtMacCensus() {
    }

    /** The XML texts of one domain, labelled live, config or "snapshot NAME". */
    private record Texts(String domain, List<String[]> labelled) {
    }

    public static void read(LibvirtConnection connection, MacCensus census) throws PatchbayException {
        String host = connection.uri().display();
        Set<String> names = new LinkedHashSet<>();
        for (int id : connection.call("listing running domains", c -> c.listDomains())) {
            try {
                names.add(connection.call("reading domain id " + id, c -> c.domainLookupByID(id).getName()));
            } catch (PatchbayException e) {
                if (e.reason() != Reason.NOT_FOUND) {
                    throw e;
                }
            }
        }
        names.addAll(List.of(connection.call("listing defined domains", c -> c.listDefinedDomains())));
        for (String name : names) {
            Texts t;
            try {
                t = connection.call("reading the XML of domain " + name, c -> {
                    Domain d = c.domainLookupByName(name);
                    List<String[]> out = new ArrayList<>();
                    if (d.isActive() == 1) {
                        out.add(new String[] {"live", d.getXMLDesc(0)});
                    }
                    if (d.isPersistent() == 1) {
                        out.add(new String[] {"config", d.getXMLDesc(XML_INACTIVE)});
                    }
                    for (String s : d.snapshotListNames()) {
                        out.add(new String[] {"snapshot " + s, d.snapshotLookupByName(s).getXMLDesc()});
                    }
                    return new Texts(name, out);
                });
            } catch (PatchbayException e) {
                if (e.reason() == Reason.NOT_FOUND) {
                    continue; // undefined since the listing
                }
                throw e;
            }
            for (String[] l : t.labelled()) {
                for (long mac : macsIn(l[1], "the " + l[0] + " XML of domain " + name + " on " + host)) {
                    census.add(new MacSighting(mac, host, name, l[0]));
                }
            }
        }
    }

    /** Every {@code <interface><mac address>} anywhere in the XML (a snapshot holds two domains). */
    static Set<Long> macsIn(String xml, String what) throws PatchbayException {
        Document doc = DomainXml.parse(xml, what);
        NodeList ifaces = doc.getElementsByTagName("interface");
        Set<Long> out = new LinkedHashSet<>();
        for (int i = 0; i < ifaces.getLength(); i++) {
            String mac = DomainXml.mac((Element) ifaces.item(i));
            long v = MacAddress.parseBits(mac);
            if (v >= 0) {
                out.add(v);
            }
        }
        return out;
    }
}
