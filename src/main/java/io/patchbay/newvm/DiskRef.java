package io.patchbay.newvm;

import org.w3c.dom.Element;

/**
 * A {@code <disk>} of a source domain as the planner needs it.
 *
 * @param type     file, block, volume, network, dir
 * @param source   the file or device path; for type volume "POOL/VOLUME"; null for an empty drive
 * @param readonly marked {@code <readonly/>} (CD-ROMs are)
 */
public record DiskRef(String target, String device, String type, String source, boolean readonly) {
    static DiskRef of(Element disk) {
        Element target = DomainXml.child(disk, "target");
        Element src = DomainXml.child(disk, "source");
        String type = disk.getAttribute("type");
        String source = null;
        if (src != null) {
            switch (type) {
                case "file" -> source = emptyToNull(src.getAttribute("file"));
                case "block" -> source = emptyToNull(src.getAttribute("dev"));
                case "dir" -> source = emptyToNull(src.getAttribute("dir"));
                case "volume" -> source = src.getAttribute("pool") + "/" + src.getAttribute("volume");
                case "network" -> source = src.getAttribute("protocol") + ":" + src.getAttribute("name");
                default -> source = null;
            }
        }
        return new DiskRef(target == null ? "?" : target.getAttribute("dev"), disk.getAttribute("device"), type, source,
                DomainXml.child(disk, "readonly") != null);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A path on the host that libvirt may know as a storage volume. */
    public boolean hasPath() {
        return source != null && ("file".equals(type) || "block".equals(type));
    }
}
