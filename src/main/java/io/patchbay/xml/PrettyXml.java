package io.patchbay.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XML for people to read: one element a line, indented by two spaces, no declaration. Only for
 * showing (previews, dry runs); what is sent to libvirt is never re-serialised by this. Text that
 * is not well-formed XML is returned as it was (stripped), so a preview never fails on its display.
 */
public final class PrettyXml {
    private static final String INDENT_AMOUNT = "{http://xml.apache.org/xslt}indent-amount";

    private PrettyXml() {
    }

    public static String of(String xml) {
        if (xml == null || xml.isBlank()) {
            return xml == null ? null : xml.strip();
        }
        Document doc;
        try {
            DocumentBuilder b = SafeXml.factory(false).newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        } catch (SAXException | IOException e) {
            return xml.strip();
        }
        dropBlankText(doc.getDocumentElement());
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(INDENT_AMOUNT, "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc.getDocumentElement()), new StreamResult(w));
            return w.toString().strip();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }

    /** Whitespace between elements would be kept beside the new indentation (blank lines): it goes. */
    private static void dropBlankText(Node n) {
        List<Node> blank = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE && c.getNodeValue().isBlank()) {
                blank.add(c);
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                dropBlankText(c);
            }
        }
        blank.forEach(n::removeChild);
    }
}
