package io.patchbay.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Whether a running domain can take one more PCI device live, read from its live XML only (pure).
 * q35 (PCI Express): a device is hotplugged into an empty {@code pcie-root-port} (or switch
 * downstream port) whose hotplug is not off; the root complex itself takes none. i440fx (PCI): a
 * device takes a free slot 1-31 of the {@code pci-root} bus or of a {@code pci-bridge}. libvirt's
 * "No more available PCI slots" at apply is what this foresees.
 */
public final class HotplugSlots {
    /** What the live XML says about room for one more PCI device. */
    public enum Verdict {
        /** At least one free port or slot. */
        FREE,
        /** Every hotplug port or slot is taken. */
        NONE_FREE,
        /** Not a q35 or i440fx PCI layout this check knows (other machines, other architectures): not judged. */
        UNKNOWN
    }

    /** The verdict and the counts behind it (for the sentence that explains it). */
    public record Capacity(Verdict verdict, boolean pcie, int ports, int used) {
        public boolean full() {
            return verdict == Verdict.NONE_FREE;
        }
    }

    private static final List<String> PCIE_HOTPLUG_PORTS = List.of("pcie-root-port", "pcie-switch-downstream-port");
    private static final int FIRST_SLOT = 1;
    private static final int LAST_SLOT = 31;

    private HotplugSlots() {
    }

    public static Capacity of(Document live) {
        Element os = DeviceXml.child(live.getDocumentElement(), "os");
        Element type = DeviceXml.child(os, "type");
        String machine = type == null ? "" : type.getAttribute("machine").toLowerCase(Locale.ROOT);
        Element devices = DeviceXml.child(live.getDocumentElement(), "devices");
        if (devices == null) {
            return new Capacity(Verdict.UNKNOWN, false, 0, 0);
        }
        if (machine.contains("q35")) {
            return pcie(devices);
        }
        if (machine.startsWith("pc") || machine.contains("i440fx")) {
            return pci(devices);
        }
        return new Capacity(Verdict.UNKNOWN, false, 0, 0);
    }

    /** q35: the hotplug ports, and which of them a device (or a controller) sits on. */
    private static Capacity pcie(Element devices) {
        Set<Integer> ports = hotplugBuses(devices, PCIE_HOTPLUG_PORTS);
        Set<Integer> taken = new HashSet<>();
        for (Element a : pciAddresses(devices)) {
            Integer bus = number(a.getAttribute("bus"));
            if (bus != null && ports.contains(bus)) {
                taken.add(bus);
            }
        }
        return new Capacity(taken.size() < ports.size() ? Verdict.FREE : Verdict.NONE_FREE, true, ports.size(),
                taken.size());
    }

    /** i440fx: slots 1-31 of bus 0 and of each pci-bridge. */
    private static Capacity pci(Element devices) {
        Set<Integer> buses = hotplugBuses(devices, List.of("pci-bridge"));
        buses.add(0);
        Set<Long> taken = new HashSet<>();
        for (Element a : pciAddresses(devices)) {
            Integer bus = number(a.getAttribute("bus"));
            Integer slot = number(a.getAttribute("slot"));
            if (bus != null && slot != null && buses.contains(bus) && slot >= FIRST_SLOT && slot <= LAST_SLOT) {
                taken.add(((long) bus << 8) | slot);
            }
        }
        int all = buses.size() * (LAST_SLOT - FIRST_SLOT + 1);
        return new Capacity(taken.size() < all ? Verdict.FREE : Verdict.NONE_FREE, false, all, taken.size());
    }

    /** The bus numbers (indexes) of the PCI controllers of {@code models} whose hotplug is not off. */
    private static Set<Integer> hotplugBuses(Element devices, List<String> models) {
        Set<Integer> out = new HashSet<>();
        for (Element c : children(devices, "controller")) {
            if ("pci".equals(c.getAttribute("type")) && models.contains(c.getAttribute("model")) && !hotplugOff(c)) {
                Integer index = number(c.getAttribute("index"));
                if (index != null) {
                    out.add(index);
                }
            }
        }
        return out;
    }

    private static boolean hotplugOff(Element controller) {
        Element target = DeviceXml.child(controller, "target");
        return target != null && "off".equals(target.getAttribute("hotplug"));
    }

    /** Every {@code <address type='pci'>} of a device or controller (not those nested deeper, e.g. a hostdev's source). */
    private static List<Element> pciAddresses(Element devices) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = devices.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element device) {
                for (Element a : children(device, "address")) {
                    if ("pci".equals(a.getAttribute("type"))) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList l = parent.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i) instanceof Element e && name.equals(e.getNodeName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** "0x1f", "31" or "" (absent) as a number, or null. */
    private static Integer number(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return s.startsWith("0x") || s.startsWith("0X") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
