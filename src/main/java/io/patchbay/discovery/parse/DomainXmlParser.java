package io.patchbay.discovery.parse;

import io.patchbay.xml.SafeXml;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.Vm;
import io.patchbay.model.Bandwidth;
import io.patchbay.model.Vnic;
import io.patchbay.model.VnicVlan;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one libvirt domain XML ({@code virsh dumpxml}, {@code /etc/libvirt/qemu/*.xml}) or a
 * live status file ({@code <domstatus>} around the domain, {@code /var/run/libvirt/qemu/*.xml})
 * into one {@link Vm} with a {@link Vnic} per {@code <devices><interface>}.
 *
 * <p>The XML is parsed with DTDs refused outright, no external entities, no XInclude and the
 * JDK's secure-processing limits: hostile input is an error, never expanded.
 */
public final class DomainXmlParser implements OutputParser {
    private static final DocumentBuilderFactory FACTORY = SafeXml.factory(false);
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings (e.g. about unused features) do not make the document wrong
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        if (text.isBlank()) {
            throw new ParseException(origin, 0,
                    "expected a libvirt domain XML (<domain> with a <name>), but the file is empty", (Throwable) null);
        }
        Document doc = read(text, origin);
        Element root = doc.getDocumentElement();
        String state = null;
        Element domain;
        if ("domstatus".equals(root.getNodeName())) {
            state = virshState(root.getAttribute("state"));
            domain = child(root, "domain");
            if (domain == null) {
                throw new ParseException(origin, lineOf(text, "domstatus"), "expected a <domain> element inside"
                        + " <domstatus>", (Throwable) null);
            }
        } else if ("domain".equals(root.getNodeName())) {
            domain = root;
        } else {
            throw new ParseException(origin, lineOf(text, root.getNodeName()), "expected <domain> or <domstatus> as"
                    + " the root element, found <" + root.getNodeName() + ">", (Throwable) null);
        }
        Observation obs = new Observation(origin);
        String uuid = text(child(domain, "uuid"));
        String name = text(child(domain, "name"));
        if (name == null) {
            throw new ParseException(origin, lineOf(text, "domain"),
                    "expected a <name> element with the domain's name inside <domain>"
                    + (uuid == null ? "" : " (uuid " + uuid + ")"), (Throwable) null);
        }
        Integer id = domainId(domain, name, obs);
        List<Vnic> vnics = new ArrayList<>();
        Element devices = child(domain, "devices");
        if (devices != null) {
            int index = 0;
            for (Element iface : children(devices, "interface")) {
                index++;
                vnics.add(vnic(iface, index, name, obs));
            }
        }
        obs.addVm(new Vm(name, uuid, state, id, null, vnics, origin));
        return obs;
    }

    private static Document read(String text, String origin) throws ParseException {
        DocumentBuilder builder;
        try {
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
        builder.setErrorHandler(RETHROW);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
        });
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new ParseException(origin, e.getLineNumber(),
                    "expected well-formed XML without a DOCTYPE or entities: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new ParseException(origin, 0, "expected well-formed XML without a DOCTYPE or entities: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new ParseException(origin, 0, "cannot read the XML text: " + e.getMessage(), e);
        }
    }

    /**
     * The line of the first start tag {@code <element} outside comments, for messages about an
     * element that lacks something (DOM keeps no positions); 0 when not found.
     */
    static int lineOf(String text, String element) {
        String tag = "<" + element;
        int from = 0;
        while (true) {
            int at = text.indexOf(tag, from);
            if (at < 0) {
                return 0;
            }
            int end = at + tag.length();
            int comment = text.lastIndexOf("<!--", at);
            boolean inComment = comment >= 0 && text.indexOf("-->", comment) > at;
            boolean wholeName = end >= text.length() || " \t\r\n/>".indexOf(text.charAt(end)) >= 0;
            if (!inComment && wholeName) {
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                return line;
            }
            from = end;
        }
    }

    private static Integer domainId(Element domain, String name, Observation obs) {
        String raw = domain.getAttribute("id");
        if (raw.isEmpty() || "-1".equals(raw)) {
            return null;
        }
        // ASCII digits only: Integer.valueOf would also take "+5" and full-width or other Unicode digits
        Integer id = TextScan.parseNonNegativeInt(raw);
        if (id == null) {
            obs.warn(obs.origin() + ": domain " + name + ": id '" + raw + "' is not a number; left out");
        }
        return id;
    }

    private static Vnic vnic(Element iface, int index, String vm, Observation obs) {
        String type = attr(iface, "type");
        String where = obs.origin() + ": domain " + vm + ", interface " + index;
        String rawMac = attr(child(iface, "mac"), "address");
        String mac = MacAddresses.normalize(rawMac);
        if (rawMac != null && mac == null) {
            obs.warn(where + ": mac address '" + rawMac + "' is not a MAC address; left out");
        }
        Element source = child(iface, "source");
        if ("bridge".equals(type) && source != null && source.hasAttribute("network")) {
            // live XML shows a network vNIC as type bridge with <source network= bridge=>: it is
            // still a vNIC on that network (as its persistent XML says), plugged into that bridge
            type = "network";
        }
        String sourceName;
        if ("hostdev".equals(type)) {
            sourceName = pci(source == null ? null : child(source, "address"), where + ", source address", obs);
        } else {
            sourceName = sourceName(type, source);
        }
        String pci = pci(child(iface, "address"), where + ", address", obs);
        Integer mtu = null;
        String rawMtu = attr(child(iface, "mtu"), "size");
        if (rawMtu != null) {
            mtu = TextScan.parseNonNegativeInt(rawMtu);
            if (mtu == null) {
                obs.warn(where + ": mtu size '" + rawMtu + "' is not a number; left out");
            }
        }
        return new Vnic(mac, type, sourceName,
                attr(child(iface, "target"), "dev"),
                attr(child(iface, "model"), "type"),
                pci,
                attr(child(iface, "link"), "state"),
                mtu,
                attr(child(iface, "alias"), "name"),
                attr(child(iface, "guest"), "dev"), null,
                vlan(child(iface, "vlan"), where, obs),
                attr(child(iface, "virtualport"), "type"),
                "direct".equals(type) ? attr(source, "mode") : null,
                bandwidth(child(iface, "bandwidth"), where, obs));
    }

    /** {@code <vlan trunk='yes'><tag id='42' nativeMode='untagged'/>...</vlan>}; null when absent or tagless. */
    private static VnicVlan vlan(Element vlan, String where, Observation obs) {
        if (vlan == null) {
            return null;
        }
        List<Integer> tags = new ArrayList<>();
        Integer nativeTag = null;
        String nativeMode = null;
        for (Element tag : children(vlan, "tag")) {
            Integer id = number(attr(tag, "id"), where + ", vlan tag id", obs);
            if (id == null) {
                continue;
            }
            tags.add(id);
            if (tag.hasAttribute("nativeMode")) {
                nativeTag = id;
                nativeMode = tag.getAttribute("nativeMode");
            }
        }
        if (tags.isEmpty()) {
            return null;
        }
        // libvirt: more than one tag is a trunk whether or not trunk='yes' says so
        boolean trunk = "yes".equals(attr(vlan, "trunk")) || tags.size() > 1;
        return new VnicVlan(tags, trunk, nativeTag, nativeMode);
    }

    /** {@code <bandwidth><inbound average= peak= burst=/><outbound .../></bandwidth>}; null when absent. */
    private static Bandwidth bandwidth(Element bw, String where, Observation obs) {
        if (bw == null) {
            return null;
        }
        Element in = child(bw, "inbound");
        Element out = child(bw, "outbound");
        if (in == null && out == null) {
            return null;
        }
        return new Bandwidth(number(attr(in, "average"), where + ", inbound average", obs),
                number(attr(in, "peak"), where + ", inbound peak", obs),
                number(attr(in, "burst"), where + ", inbound burst", obs),
                number(attr(out, "average"), where + ", outbound average", obs),
                number(attr(out, "peak"), where + ", outbound peak", obs),
                number(attr(out, "burst"), where + ", outbound burst", obs));
    }

    /** A non-negative decimal attribute; null (with a warning when present but not a number). */
    private static Integer number(String raw, String what, Observation obs) {
        if (raw == null) {
            return null;
        }
        Integer n = TextScan.parseNonNegativeInt(raw);
        if (n == null) {
            obs.warn(what + " '" + TextScan.quote(raw) + "' is not a number; left out");
        }
        return n;
    }

    /** bridge -> source bridge, network -> source network, direct -> source dev; else the first one given. */
    private static String sourceName(String type, Element source) {
        if (source == null) {
            return null;
        }
        String preferred = null;
        if ("bridge".equals(type)) {
            preferred = attr(source, "bridge");
        } else if ("network".equals(type)) {
            preferred = attr(source, "network");
        } else if ("direct".equals(type)) {
            preferred = attr(source, "dev");
        }
        if (preferred != null) {
            return preferred;
        }
        for (String a : new String[] {"bridge", "network", "dev"}) {
            String v = attr(source, a);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>} as 0000:01:00.0. */
    private static String pci(Element address, String where, Observation obs) {
        if (address == null || !"pci".equals(address.getAttribute("type"))) {
            return null;
        }
        Integer domain = pciPart(address, "domain", 0xffff, where, obs);
        Integer bus = pciPart(address, "bus", 0xff, where, obs);
        Integer slot = pciPart(address, "slot", 0x1f, where, obs);
        Integer function = pciPart(address, "function", 0x7, where, obs);
        if (domain == null || bus == null || slot == null || function == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", domain, bus, slot, function);
    }

    /** One part of a PCI address: 0x-prefixed hex as libvirt writes it, or decimal, within its range. */
    private static Integer pciPart(Element address, String name, int max, String where, Observation obs) {
        String raw = address.getAttribute(name);
        if (raw.isEmpty()) {
            // libvirt's default for a missing domain (and function) is 0
            if ("domain".equals(name) || "function".equals(name)) {
                return 0;
            }
            obs.warn(where + ": PCI address has no " + name + "; the address is left out");
            return null;
        }
        try {
            boolean hex = raw.startsWith("0x") || raw.startsWith("0X");
            String digits = hex ? raw.substring(2) : raw;
            // ASCII digits only: parseInt would also take a sign and full-width or other Unicode digits
            boolean plain = !digits.isEmpty() && digits.length() <= 8 && digits.chars().allMatch(c -> c >= '0' && c <= '9'
                    || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'));
            int v = plain ? Integer.parseInt(digits, hex ? 16 : 10) : -1;
            if (v >= 0 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        obs.warn(where + ": PCI " + name + " '" + raw + "' is not a number from 0 to 0x"
                + Integer.toHexString(max) + "; the address is left out");
        return null;
    }

    /** libvirt's domstatus state words as virsh prints them. */
    private static String virshState(String state) {
        switch (state) {
            case "":
                return null;
            case "nostate":
                return "no state";
            case "blocked":
                return "idle";
            case "shutdown":
                return "in shutdown";
            case "shutoff":
                return "shut off";
            default:
                return state;
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(n.getNodeName())) {
                return (Element) n;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(n.getNodeName())) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The attribute's value, or null when the element or the attribute is absent. */
    private static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        return e.getAttribute(name);
    }

    /** The trimmed text of an element, or null when absent or blank. */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }
}
