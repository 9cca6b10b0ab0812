package io.patchbay.newvm;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.mac.MacAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The domain XML a new VM starts from (a template's persistent XML or a snapshot's domain XML),
 * and how it becomes the new domain's XML: new name and UUID; vNICs ordered by {@link VnicOrder}
 * and given new MACs in that order, PCI addresses and sources carried over, host-side tap names
 * dropped; disks cloned, shared read-only or dropped; file-backed serial consoles and NVRAM
 * not shared. Everything through the DOM. Pure.
 */
public final class NewVmDraft {
    /** Marks a domain as a template: an element {@code <template/>} in this namespace under {@code <metadata>}. */
    public static final String TEMPLATE_NS = "https://patchbay.io/xmlns/template/1";

    private final Document doc;
    private final Element domain;
    private final String what;

    private NewVmDraft(Document doc, Element domain, String what) {
        this.doc = doc;
        this.domain = domain;
        this.what = what;
    }

    /** Reads domain XML, or a {@code <domainsnapshot>} holding one; {@code what} names it in errors. */
    public static NewVmDraft of(String xml, String what) throws PatchbayException {
        Document parsed = DomainXml.parse(xml, what);
        Element d = DomainXml.domain(parsed, what);
        Document own = DomainXml.parse("<domain/>", "an empty domain");
        Element copy = (Element) own.importNode(d, true);
        own.replaceChild(copy, own.getDocumentElement());
        return new NewVmDraft(own, copy, what);
    }

    public String sourceName() {
        Element n = DomainXml.child(domain, "name");
        return n == null ? null : n.getTextContent().trim();
    }

    /** Whether the XML carries the template mark in its metadata. */
    public boolean markedTemplate() {
        Element md = DomainXml.child(domain, "metadata");
        if (md == null) {
            return false;
        }
        for (Node n = md.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && TEMPLATE_NS.equals(e.getNamespaceURI()) && "template".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    public VnicOrder.Result order() {
        return VnicOrder.order(DomainXml.interfaces(domain));
    }

    public List<DiskRef> disks() {
        Element devices = DomainXml.child(domain, "devices");
        List<DiskRef> out = new ArrayList<>();
        if (devices != null) {
            for (Element d : DomainXml.children(devices, "disk")) {
                out.add(DiskRef.of(d));
            }
        }
        return out;
    }

    /**
     * The new domain. {@code macs} are given in {@link #order()}'s order; {@code clones} maps a
     * disk target to the path of its clone. Without {@code withoutDisks}, every disk must be
     * cloned or read-only (then shared, and said so).
     */
    public NewVmPlan plan(String newName, String uuid, List<MacAddress> macs, Map<String, String> clones,
                          boolean withoutDisks) throws PatchbayException {
        VnicOrder.Result order = order();
        if (macs.size() != order.interfaces().size()) {
            throw new IllegalArgumentException(order.interfaces().size() + " vNICs need as many MACs, not " + macs.size());
        }
        String oldName = sourceName();
        domain.removeAttribute("id");
        DomainXml.childOrNew(domain, "name").setTextContent(newName);
        DomainXml.childOrNew(domain, "uuid").setTextContent(uuid);
        unmarkTemplate();
        List<NewVmPlan.PlannedVnic> vnics = new ArrayList<>();
        for (int i = 0; i < macs.size(); i++) {
            Element iface = order.interfaces().get(i);
            String oldMac = DomainXml.mac(iface);
            DomainXml.childOrNew(iface, "mac").setAttribute("address", macs.get(i).toString());
            Element target = DomainXml.child(iface, "target");
            if (target != null) {
                iface.removeChild(target); // the host tap name belongs to the source domain
            }
            Element src = DomainXml.child(iface, "source");
            String source = src == null ? null : firstNonEmpty(src.getAttribute("bridge"), src.getAttribute("network"),
                    src.getAttribute("dev"));
            Element model = DomainXml.child(iface, "model");
            vnics.add(new NewVmPlan.PlannedVnic(i + 1, VnicOrder.name(iface), VnicOrder.pciText(iface), oldMac,
                    macs.get(i).toString(), iface.getAttribute("type"), source, model == null ? null : model.getAttribute("type")));
        }
        List<NewVmPlan.PlannedDisk> disks = planDisks(clones, withoutDisks);
        unshareFiles(oldName, newName);
        return new NewVmPlan(oldName, newName, uuid, order.rule(), vnics, disks, DomainXml.write(doc));
    }

    private List<NewVmPlan.PlannedDisk> planDisks(Map<String, String> clones, boolean withoutDisks) throws PatchbayException {
        List<NewVmPlan.PlannedDisk> out = new ArrayList<>();
        Element devices = DomainXml.child(domain, "devices");
        if (devices == null) {
            return out;
        }
        for (Element disk : DomainXml.children(devices, "disk")) {
            DiskRef ref = DiskRef.of(disk);
            if (withoutDisks) {
                devices.removeChild(disk);
                out.add(new NewVmPlan.PlannedDisk(ref.target(), ref.source(), NewVmPlan.PlannedDisk.Action.DROP, null));
            } else if (clones.containsKey(ref.target())) {
                String to = clones.get(ref.target());
                disk.setAttribute("type", "file");
                Element src = DomainXml.childOrNew(disk, "source");
                while (src.getAttributes().getLength() > 0) {
                    src.removeAttribute(src.getAttributes().item(0).getNodeName());
                }
                src.setAttribute("file", to);
                Element backing = DomainXml.child(disk, "backingStore");
                if (backing != null) {
                    disk.removeChild(backing);
                }
                out.add(new NewVmPlan.PlannedDisk(ref.target(), ref.source(), NewVmPlan.PlannedDisk.Action.CLONE, to));
            } else if (ref.readonly() || ref.source() == null) {
                out.add(new NewVmPlan.PlannedDisk(ref.target(), ref.source(), NewVmPlan.PlannedDisk.Action.SHARE_READONLY, ref.source()));
            } else {
                throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.disk.wouldBeShared", ref.target(), what,
                        ref.source()));
            }
        }
        return out;
    }

    private void unmarkTemplate() {
        Element md = DomainXml.child(domain, "metadata");
        if (md == null) {
            return;
        }
        for (Node n = md.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e && TEMPLATE_NS.equals(e.getNamespaceURI()) && "template".equals(e.getLocalName())) {
                md.removeChild(n);
            }
            n = next;
        }
    }

    /** File-backed serial consoles get their own file; NVRAM is left for libvirt to create anew. */
    private void unshareFiles(String oldName, String newName) {
        Element os = DomainXml.child(domain, "os");
        if (os != null) {
            Element nvram = DomainXml.child(os, "nvram");
            if (nvram != null) {
                os.removeChild(nvram);
            }
        }
        Element devices = DomainXml.child(domain, "devices");
        if (devices == null) {
            return;
        }
        for (String kind : List.of("serial", "console")) {
            for (Element e : DomainXml.children(devices, kind)) {
                Element src = DomainXml.child(e, "source");
                if ("file".equals(e.getAttribute("type")) && src != null && !src.getAttribute("path").isEmpty()) {
                    src.setAttribute("path", ownPath(src.getAttribute("path"), oldName, newName));
                }
            }
        }
    }

    static String ownPath(String path, String oldName, String newName) {
        int slash = path.lastIndexOf('/');
        String dir = path.substring(0, slash + 1);
        String file = path.substring(slash + 1);
        if (oldName != null && !oldName.isEmpty() && file.contains(oldName)) {
            return dir + file.replace(oldName, newName);
        }
        return dir + newName + "-" + file;
    }

    private static String firstNonEmpty(String... s) {
        for (String x : s) {
            if (x != null && !x.isEmpty()) {
                return x;
            }
        }
        return null;
    }

    /** The vNICs' current MACs, in document order (for the MAC census of snapshots and domains). */
    public List<String> macs() {
        List<String> out = new ArrayList<>();
        for (Element i : DomainXml.interfaces(domain)) {
            String m = DomainXml.mac(i);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }
}
