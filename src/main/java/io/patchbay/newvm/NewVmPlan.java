package io.patchbay.newvm;

import java.util.List;

/**
 * A new domain made from a template or a snapshot, before it is defined: its vNICs in the order
 * they got their MACs (and by which rule), what happens to each disk, and the exact XML.
 */
public record NewVmPlan(String from, String name, String uuid, VnicOrder.Rule rule, List<PlannedVnic> vnics,
                        List<PlannedDisk> disks, String xml) {
    public NewVmPlan {
        vnics = List.copyOf(vnics);
        disks = List.copyOf(disks);
    }

    /** One vNIC of the new domain; {@code pci} and {@code name} may be null. */
    public record PlannedVnic(int order, String name, String pci, String oldMac, String newMac, String sourceType,
                              String source, String model) {
    }

    /** What happens to a disk: CLONE (to {@code to}), SHARE_READONLY, or DROP (--without-disks). */
    public record PlannedDisk(String target, String from, Action action, String to) {
        /** The disk's fate. */
        public enum Action { CLONE, SHARE_READONLY, DROP }
    }
}
