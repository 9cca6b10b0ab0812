package io.patchbay.newvm;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtDomains;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacCensus;
import io.patchbay.mac.MacSighting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Adds every MAC a libvirt host uses to a {@link MacCensus}: each domain's live XML (when
 * running), its persistent XML and the domain XML kept in each of its snapshots. Blocking I/O.
 */
public final class LibvirtMacCensus {
    private LibvirtMacCensus() {
    }

    /** The XML texts of one domain, labelled live, config or "snapshot NAME". */
    private record Texts(String domain, List<String[]> labelled) {
    }

    public static void read(LibvirtConnection connection, MacCensus census) throws PatchbayException {
        read(LibvirtDomains.over(connection), census);
    }

    public static void read(LibvirtDomains connection, MacCensus census) throws PatchbayException {
        String host = connection.uri().display();
        Set<String> names = new LinkedHashSet<>();
        for (int id : connection.runningIds("listing running domains")) {
            try {
                names.add(connection.nameOf("reading domain id " + id, id));
            } catch (PatchbayException e) {
                if (e.reason() != Reason.NOT_FOUND) {
                    throw e;
                }
            }
        }
        names.addAll(connection.definedNames("listing defined domains"));
        for (String name : names) {
            Texts t;
            try {
                LibvirtDomains.DomainTexts d = connection.texts("reading the XML of domain " + name, name, true);
                List<String[]> out = new ArrayList<>();
                if (d.running()) {
                    out.add(new String[] {"live", d.liveXml()});
                }
                if (d.persistent()) {
                    out.add(new String[] {"config", d.inactiveXml()});
                }
                d.snapshots().forEach((s, xml) -> out.add(new String[] {"snapshot " + s, xml}));
                t = new Texts(name, out);
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
