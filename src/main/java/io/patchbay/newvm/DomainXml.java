package io.patchbay.newvm;

import io.patchbay.xml.SafeXml;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
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
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Domain XML as a DOM: parsed without DTDs or external entities, written back as text. Pure. */
public final class DomainXml {
    private static final DocumentBuilderFactory FACTORY = SafeXml.factory(true);

    private DomainXml() {
    }

    /** Parses {@code xml}; {@code what} names it in the error. */
    public static Document parse(String xml, String what) throws PatchbayException {
        try {
            javax.xml.parsers.DocumentBuilder b = FACTORY.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // reported once, by the caller, not printed on stderr
                }
            });
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("newvm.xml.unreadable", what, e.getMessage()), e);
        }
    }

    public static String write(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write a DOM back as XML", e);
        }
    }

    /** The {@code <domain>} element: the root, or the one inside a {@code <domainsnapshot>}. */
    public static Element domain(Document doc, String what) throws PatchbayException {
        Element root = doc.getDocumentElement();
        if ("domain".equals(root.getTagName())) {
            return root;
        }
        if ("domainsnapshot".equals(root.getTagName())) {
            Element d = child(root, "domain");
            if (d != null) {
                return d;
            }
            throw new PatchbayException(Reason.NOT_FOUND, Sentence.of("newvm.xml.noDomain", what));
        }
        throw new PatchbayException(Reason.OTHER, Sentence.of("newvm.xml.notDomain", what, root.getTagName()));
    }

    /** The first child element named {@code name}, or null. */
    public static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }

    /** Every child element named {@code name}, in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The child named {@code name}, created (appended) when missing. */
    public static Element childOrNew(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            e = parent.getOwnerDocument().createElement(name);
            parent.appendChild(e);
        }
        return e;
    }

    /** The {@code <interface>} elements of {@code <devices>}, in document order. */
    public static List<Element> interfaces(Element domain) {
        Element devices = child(domain, "devices");
        return devices == null ? List.of() : children(devices, "interface");
    }

    /** The value of {@code <mac address=...>} of an interface, or null. */
    public static String mac(Element iface) {
        Element mac = child(iface, "mac");
        return mac == null || mac.getAttribute("address").isEmpty() ? null : mac.getAttribute("address");
    }
}
