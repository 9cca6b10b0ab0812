package io.patchbay.export;

import io.patchbay.layout.EdgeRoute;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.HostFrame;
import io.patchbay.layout.Layout;
import io.patchbay.layout.NodeBox;
import io.patchbay.layout.Point;
import io.patchbay.layout.TopologyGraph;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.Locale;
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

/** The graph as SVG, built with DOM (names are text nodes, never pasted markup). Pure Java, no JavaFX. */
public final class TopologySvg {
    private static final String NS = "http://www.w3.org/2000/svg";

    private TopologySvg() {
    }

    public static String write(TopologyGraph graph, Layout layout) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element svg = doc.createElementNS(NS, "svg");
            doc.appendChild(svg);
            double w = Math.max(1, layout.width());
            double h = Math.max(1, layout.height());
            svg.setAttribute("width", num(w));
            svg.setAttribute("height", num(h));
            svg.setAttribute("viewBox", "0 0 " + num(w) + " " + num(h));
            svg.setAttribute("font-family", "sans-serif");
            Element bg = rect(doc, 0, 0, w, h, 0);
            bg.setAttribute("fill", GraphStyle.BACKGROUND);
            svg.appendChild(bg);
            for (HostFrame f : layout.hosts()) {
                Element r = rect(doc, f.x(), f.y(), f.width(), f.height(), 8);
                r.setAttribute("fill", GraphStyle.FRAME_FILL);
                r.setAttribute("stroke", GraphStyle.FRAME_STROKE);
                r.setAttribute("class", "host");
                svg.appendChild(r);
                svg.appendChild(text(doc, f.x() + 14, f.y() + 22, f.host(), 15, "bold", GraphStyle.TEXT));
            }
            Element edges = doc.createElementNS(NS, "g");
            edges.setAttribute("stroke", GraphStyle.EDGE);
            edges.setAttribute("fill", "none");
            edges.setAttribute("stroke-width", "1.2");
            svg.appendChild(edges);
            for (EdgeRoute e : layout.edges()) {
                Element p = doc.createElementNS(NS, "polyline");
                StringBuilder pts = new StringBuilder();
                for (Point pt : e.points()) {
                    pts.append(num(pt.x())).append(',').append(num(pt.y())).append(' ');
                }
                p.setAttribute("points", pts.toString().strip());
                p.setAttribute("class", "edge " + e.kind());
                edges.appendChild(p);
            }
            layout.nodes().values().stream().sorted(Comparator.comparing(NodeBox::id)).forEach(b -> {
                GraphSubject s = graph.subjects().get(b.id());
                if (s == null) {
                    return;
                }
                Element g = doc.createElementNS(NS, "g");
                g.setAttribute("class", "node " + GraphStyle.kindWord(s));
                if (GraphStyle.dimmed(s)) {
                    g.setAttribute("opacity", "0.55");
                }
                Element title = doc.createElementNS(NS, "title");
                title.setTextContent(b.id());
                g.appendChild(title);
                Element r = rect(doc, b.x(), b.y(), b.width(), b.height(), 6);
                r.setAttribute("fill", GraphStyle.fill(s));
                r.setAttribute("stroke", GraphStyle.stroke(s));
                g.appendChild(r);
                g.appendChild(text(doc, b.x() + 8, b.y() + 15, s.label(), 12, "bold", GraphStyle.TEXT));
                g.appendChild(text(doc, b.x() + 8, b.y() + b.height() - 7,
                        GraphStyle.detail(s, graph.hidden().get(b.id())), 10, "normal", GraphStyle.DETAIL));
                svg.appendChild(g);
            });
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the XML library cannot write SVG", e);
        }
    }

    private static Element rect(Document doc, double x, double y, double w, double h, double r) {
        Element e = doc.createElementNS(NS, "rect");
        e.setAttribute("x", num(x));
        e.setAttribute("y", num(y));
        e.setAttribute("width", num(w));
        e.setAttribute("height", num(h));
        if (r > 0) {
            e.setAttribute("rx", num(r));
        }
        return e;
    }

    private static Element text(Document doc, double x, double y, String s, int size, String weight, String fill) {
        Element e = doc.createElementNS(NS, "text");
        e.setAttribute("x", num(x));
        e.setAttribute("y", num(y));
        e.setAttribute("font-size", String.valueOf(size));
        e.setAttribute("font-weight", weight);
        e.setAttribute("fill", fill);
        e.setTextContent(SafeText.terminal(s));
        return e;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
