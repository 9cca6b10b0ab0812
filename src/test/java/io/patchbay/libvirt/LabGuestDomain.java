package io.patchbay.libvirt;

import io.patchbay.testsupport.Lab;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A throwaway guest for tests that change things: pbguest1's persistent XML with another name,
 * no UUID, one NIC with the given MAC on pbbr0 and its own serial log (edited with DOM), defined
 * and undefined with {@code virsh} (from outside the console, as an admin would).
 */
final class LabGuestDomain implements AutoCloseable {
    static final Duration VIRSH = Duration.ofSeconds(30);

    final String name;
    final String mac;
    final Path serial;

    private LabGuestDomain(String name, String mac, Path serial) {
        this.name = name;
        this.mac = mac;
        this.serial = serial;
    }

    static LabGuestDomain define(Lab lab, String name, String mac, Path workDir) throws Exception {
        removeIfThere(name);
        String xml = String.join("\n", virsh("dumpxml", "--inactive", "pbguest1"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element root = doc.getDocumentElement();
        Path serial = lab.dir().resolve("guests").resolve(name + ".serial");
        child(root, "name").setTextContent(name);
        root.removeChild(child(root, "uuid"));
        Element devices = child(root, "devices");
        Element iface = child(devices, "interface");
        child(iface, "mac").setAttribute("address", mac);
        Element address = child(iface, "address");
        if (address != null) {
            iface.removeChild(address);
        }
        child(child(devices, "serial"), "source").setAttribute("path", serial.toString());
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        Path file = workDir.resolve(name + ".xml");
        Files.writeString(file, out.toString());
        virsh("define", file.toString());
        return new LabGuestDomain(name, mac, serial);
    }

    static java.util.List<String> virsh(String... args) {
        return Lab.load().virsh(VIRSH, args);
    }

    private static void removeIfThere(String name) {
        java.util.List<String> all = virsh("list", "--all", "--name");
        if (all.contains(name)) {
            if (virsh("list", "--name").contains(name)) {
                virsh("destroy", name);
            }
            virsh("undefine", name);
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() {
        removeIfThere(name);
    }
}
