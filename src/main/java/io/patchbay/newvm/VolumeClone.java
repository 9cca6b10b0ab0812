package io.patchbay.newvm;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A disk to copy through libvirt's storage API: source volume, the new volume's name and path. */
record VolumeClone(String target, String pool, String sourceVolume, String newVolume, String newPath, String format,
                   long capacity) {
    /** The new volume's XML, built with the DOM. */
    String volumeXml() {
        try {
            Document doc = DomainXml.parse("<volume/>", "an empty volume");
            Element v = doc.getDocumentElement();
            v.appendChild(doc.createElement("name")).setTextContent(newVolume);
            Element cap = (Element) v.appendChild(doc.createElement("capacity"));
            cap.setAttribute("unit", "bytes");
            cap.setTextContent(Long.toString(capacity));
            if (format != null) {
                Element t = (Element) v.appendChild(doc.createElement("target"));
                ((Element) t.appendChild(doc.createElement("format"))).setAttribute("type", format);
            }
            return DomainXml.write(doc);
        } catch (io.patchbay.core.PatchbayException e) {
            throw new IllegalStateException(e);
        }
    }
}
