package io.patchbay.ops;

import io.patchbay.xml.SafeXml;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Domain and {@code <interface>} XML read and written with DOM only: DTDs refused, no external
 * entities; values only ever go into attributes through the DOM, never pasted into text.
 */
public final class DeviceXml {
    private static final DocumentBuilderFactory FACTORY = SafeXml.factory(false);

    private DeviceXml() {
    }

    /** Parses a domain XML or an interface XML; malformed text is an IllegalArgumentException naming what. */
    public static Document parse(String xml, String what) {
        try {
            DocumentBuilder b = FACTORY.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A new interface element: {@code <interface type=T><mac/><source/><model/></interface>}. */
    public static String newInterface(String mac, String sourceType, String sourceName, String model) {
        return newInterface(mac, sourceType, sourceName, model, false, VlanRequest.NONE, null);
    }

    /**
     * A new interface; on an Open vSwitch bridge ({@code ovs}) with {@code <virtualport
     * type='openvswitch'/>}, with {@code vlan}'s {@code <vlan>} unless it is none, and on a network
     * with its {@code portgroup} (or null).
     */
    public static String newInterface(String mac, String sourceType, String sourceName, String model, boolean ovs,
                                      VlanRequest vlan, String portgroup) {
        Element iface = parseInterface(newInterfaceBare(mac, sourceType, sourceName, model));
        if (portgroup != null) {
            child(iface, "source").setAttribute("portgroup", portgroup);
        }
        if (ovs) {
            Element vp = iface.getOwnerDocument().createElement("virtualport");
            vp.setAttribute("type", "openvswitch");
            iface.insertBefore(vp, child(iface, "model"));
        }
        return withVlan(iface, vlan);
    }

    private static String newInterfaceBare(String mac, String sourceType, String sourceName, String model) {
        Document doc = newDocument();
        Element iface = doc.createElement("interface");
        iface.setAttribute("type", sourceType);
        doc.appendChild(iface);
        Element m = doc.createElement("mac");
        m.setAttribute("address", mac);
        iface.appendChild(m);
        Element src = doc.createElement("source");
        src.setAttribute(sourceType, sourceName);
        iface.appendChild(src);
        Element mod = doc.createElement("model");
        mod.setAttribute("type", model);
        iface.appendChild(mod);
        return write(iface);
    }

    /** Every {@code <devices><interface>} of a domain document. */
    public static List<Element> interfaces(Document domain) {
        List<Element> out = new ArrayList<>();
        Element devices = child(domain.getDocumentElement(), "devices");
        if (devices == null) {
            return out;
        }
        for (Node n = devices.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "interface".equals(e.getNodeName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The interface with guest MAC {@code mac} (case-insensitive), or null. */
    public static Element interfaceByMac(Document domain, String mac) {
        for (Element e : interfaces(domain)) {
            if (mac.equalsIgnoreCase(macOf(e))) {
                return e;
            }
        }
        return null;
    }

    public static String macOf(Element iface) {
        Element m = child(iface, "mac");
        return m == null ? null : m.getAttribute("address").toLowerCase(Locale.ROOT);
    }

    /** bridge/network name of an interface (its {@code <source>} attribute named like its type), or null. */
    public static String sourceOf(Element iface) {
        Element s = child(iface, "source");
        if (s == null) {
            return null;
        }
        String type = iface.getAttribute("type");
        String v = s.getAttribute(type.isEmpty() ? "bridge" : type);
        if (v.isEmpty() && "network".equals(type)) {
            v = s.getAttribute("network");
        }
        return v.isEmpty() ? null : v;
    }

    /** The libvirt network of an interface ({@code <source network=...>}, also in live XML), or null. */
    public static String networkOf(Element iface) {
        Element s = child(iface, "source");
        String v = s == null ? "" : s.getAttribute("network");
        return v.isEmpty() ? null : v;
    }

    /**
     * The interface as it can be sent back to libvirt: live XML shows a network vNIC as
     * {@code type='bridge'} with {@code <source network=.. portid=.. bridge=..>}; sent like that it
     * would become a plain bridge vNIC, so it is turned back into {@code type='network'} with only
     * its network (and portgroup). Other interfaces are copied unchanged.
     */
    public static Element sendable(Element iface) {
        Element copy = copy(iface);
        String network = networkOf(copy);
        if (network != null) {
            copy.setAttribute("type", "network");
            Element old = child(copy, "source");
            Element src = copy.getOwnerDocument().createElement("source");
            src.setAttribute("network", network);
            if (!old.getAttribute("portgroup").isEmpty()) {
                src.setAttribute("portgroup", old.getAttribute("portgroup"));
            }
            copy.replaceChild(src, old);
        }
        return copy;
    }

    /** The bridge the interface's tap is plugged into (network interfaces carry it in live XML). */
    public static String bridgeOf(Element iface) {
        Element s = child(iface, "source");
        if (s == null) {
            return null;
        }
        String v = s.getAttribute("bridge");
        return v.isEmpty() ? null : v;
    }

    public static String targetOf(Element iface) {
        Element t = child(iface, "target");
        String v = t == null ? "" : t.getAttribute("dev");
        return v.isEmpty() ? null : v;
    }

    public static String aliasOf(Element iface) {
        Element a = child(iface, "alias");
        String v = a == null ? "" : a.getAttribute("name");
        return v.isEmpty() ? null : v;
    }

    /** "up" unless {@code <link state='down'/>}. */
    public static String linkOf(Element iface) {
        Element l = child(iface, "link");
        return l != null && "down".equals(l.getAttribute("state")) ? "down" : "up";
    }

    public static String modelOf(Element iface) {
        Element m = child(iface, "model");
        String v = m == null ? "" : m.getAttribute("type");
        return v.isEmpty() ? null : v;
    }

    /** The PCI address as domain:bus:slot.function (e.g. 0000:01:00.0), or null. */
    public static String pciOf(Element iface) {
        Element a = child(iface, "address");
        if (a == null || !"pci".equals(a.getAttribute("type"))) {
            return null;
        }
        try {
            return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", num(a, "domain"), num(a, "bus"),
                    num(a, "slot"), num(a, "function"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int num(Element e, String attr) {
        String v = e.getAttribute(attr);
        if (v.isEmpty()) {
            return 0;
        }
        return v.startsWith("0x") ? Integer.parseInt(v.substring(2), 16) : Integer.parseInt(v);
    }

    /** A copy of {@code iface} (as its own document) attached to bridge or network {@code name}. */
    public static String withSource(Element iface, String sourceType, String name) {
        Element copy = copy(iface);
        copy.setAttribute("type", sourceType);
        Element old = child(copy, "source");
        Element src = copy.getOwnerDocument().createElement("source");
        src.setAttribute(sourceType, name);
        if (old != null) {
            copy.replaceChild(src, old);
        } else {
            copy.insertBefore(src, child(copy, "mac") == null ? copy.getFirstChild() : child(copy, "mac").getNextSibling());
        }
        return write(copy);
    }

    /** True when the interface is a port of an Open vSwitch bridge ({@code <virtualport type='openvswitch'>}). */
    public static boolean isOvs(Element iface) {
        Element vp = child(iface, "virtualport");
        return vp != null && "openvswitch".equals(vp.getAttribute("type"));
    }

    /** The interface's {@code <vlan>} (NONE when it has none); ids outside 1-4094 are left out. */
    public static VlanRequest vlanOf(Element iface) {
        Element vlan = child(iface, "vlan");
        if (vlan == null) {
            return VlanRequest.NONE;
        }
        List<Integer> tags = new ArrayList<>();
        Integer nativeTag = null;
        for (Node n = vlan.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element t && "tag".equals(t.getNodeName())) {
                try {
                    int id = Integer.parseInt(t.getAttribute("id").strip());
                    if (id >= VlanRequest.MIN_ID && id <= VlanRequest.MAX_ID) {
                        tags.add(id);
                        if (!t.getAttribute("nativeMode").isEmpty()) {
                            nativeTag = id;
                        }
                    }
                } catch (NumberFormatException e) {
                    // not a VLAN id: not a tag this vNIC carries
                }
            }
        }
        boolean trunk = "yes".equals(vlan.getAttribute("trunk")) || tags.size() > 1;
        return tags.isEmpty() ? VlanRequest.NONE : new VlanRequest(tags, trunk, nativeTag);
    }

    /** A copy of {@code iface} with {@code vlan} as its {@code <vlan>} (none: without one). */
    public static String withVlan(Element iface, VlanRequest vlan) {
        Element copy = copy(iface);
        Element old = child(copy, "vlan");
        Element next = null;
        if (!vlan.none()) {
            Document doc = copy.getOwnerDocument();
            next = doc.createElement("vlan");
            if (vlan.trunk()) {
                next.setAttribute("trunk", "yes");
            }
            for (Integer id : vlan.tags()) {
                Element tag = doc.createElement("tag");
                tag.setAttribute("id", Integer.toString(id));
                if (id.equals(vlan.nativeTag())) {
                    tag.setAttribute("nativeMode", "untagged");
                }
                next.appendChild(tag);
            }
        }
        if (old != null && next != null) {
            copy.replaceChild(next, old);
        } else if (old != null) {
            copy.removeChild(old);
        } else if (next != null) {
            Element model = child(copy, "model");
            if (model != null) {
                copy.insertBefore(next, model);
            } else {
                copy.appendChild(next);
            }
        }
        return write(copy);
    }

    /**
     * The interface as a replug plugs it into bridge {@code bridge}: same MAC, model, PCI address,
     * link and VLAN; without the tap name and alias the live XML had (libvirt gives new ones), with
     * {@code <virtualport type='openvswitch'/>} exactly when the bridge is Open vSwitch.
     */
    public static String forReplug(Element iface, String bridge, boolean ovs) {
        Element copy = parseInterface(bridge == null ? write(sendable(iface))
                : withSource(sendable(iface), "bridge", bridge));
        for (String name : new String[] {"target", "alias", "virtualport"}) {
            Element e = child(copy, name);
            if (e != null) {
                copy.removeChild(e);
            }
        }
        if (ovs) {
            Element vp = copy.getOwnerDocument().createElement("virtualport");
            vp.setAttribute("type", "openvswitch");
            Element model = child(copy, "model");
            copy.insertBefore(vp, model != null ? model : null);
        }
        return write(copy);
    }

    /** A copy of {@code iface} with {@code <link state=up|down/>}. */
    public static String withLink(Element iface, String state) {
        Element copy = copy(iface);
        Element link = child(copy, "link");
        if (link == null) {
            link = copy.getOwnerDocument().createElement("link");
            copy.appendChild(link);
        }
        link.setAttribute("state", state);
        return write(copy);
    }

    /** The interface element serialised on its own. */
    public static String write(Element iface) {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(iface), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }

    /** The whole document serialised. */
    public static String write(Document doc) {
        return write(doc.getDocumentElement());
    }

    /** Parses an interface XML and returns its root element (must be {@code <interface>}). */
    public static Element parseInterface(String xml) {
        Element root = parse(xml, "the interface XML").getDocumentElement();
        if (!"interface".equals(root.getNodeName())) {
            throw new IllegalArgumentException("expected an <interface> element, found <" + root.getNodeName() + ">");
        }
        return root;
    }

    /** Adds {@code ifaceXml} to the domain's devices (persistent redefinition). */
    public static void addInterface(Document domain, String ifaceXml) {
        Element devices = child(domain.getDocumentElement(), "devices");
        if (devices == null) {
            devices = domain.createElement("devices");
            domain.getDocumentElement().appendChild(devices);
        }
        Node imported = domain.importNode(parseInterface(ifaceXml), true);
        List<Element> existing = interfaces(domain);
        if (existing.isEmpty()) {
            devices.appendChild(imported);
        } else {
            devices.insertBefore(imported, existing.get(existing.size() - 1).getNextSibling());
        }
    }

    /** Replaces the domain's interface that has the same MAC as {@code ifaceXml}; false when none has it. */
    public static boolean replaceInterface(Document domain, String ifaceXml) {
        Element fresh = parseInterface(ifaceXml);
        Element old = interfaceByMac(domain, macOf(fresh));
        if (old == null) {
            return false;
        }
        old.getParentNode().replaceChild(domain.importNode(fresh, true), old);
        return true;
    }

    /** Removes the domain's interface with the MAC of {@code ifaceXml}; false when none has it. */
    public static boolean removeInterface(Document domain, String ifaceXml) {
        Element old = interfaceByMac(domain, macOf(parseInterface(ifaceXml)));
        if (old == null) {
            return false;
        }
        old.getParentNode().removeChild(old);
        return true;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) {
                return e;
            }
        }
        return null;
    }

    private static Element copy(Element e) {
        Document doc = newDocument();
        Element c = (Element) doc.importNode(e, true);
        doc.appendChild(c);
        return c;
    }

    private static Document newDocument() {
        try {
            return FACTORY.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }
}
