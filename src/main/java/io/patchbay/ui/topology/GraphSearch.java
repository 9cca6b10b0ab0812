package io.patchbay.ui.topology;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.NaturalOrder;
import io.patchbay.model.Device;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds nodes by name, MAC or IP address. Exact name, MAC and IP matches come first, then names
 * that contain the text. A guest MAC also finds its host tap (fe: rule) and its VM; a guest's
 * address (lease, agent or ARP) finds its VM, or its vNIC node when the VM has no tap. "vlan N"
 * finds what carries VLAN N ({@link VlanMatch}).
 *
 * <p>The richest match comes first: a VM's vNIC (its tap or vNIC node) before its VM, and both
 * before a bare device; within each, a host with libvirt data (VMs) before one without. Ties go
 * by node id in natural order, so the order never depends on a map's. Plain Java.
 */
public final class GraphSearch {
    private GraphSearch() {
    }

    /** How rich a match is: lower comes first. */
    private enum Richness { VNIC, VM, DEVICE }

    public static List<String> find(Map<String, GraphSubject> subjects, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        String mac = MacAddresses.normalize(q);
        Integer vlan = VlanMatch.vlanOf(q);
        List<String> exact = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, GraphSubject> e : subjects.entrySet()) {
            GraphSubject s = e.getValue();
            String label = s.label().toLowerCase(Locale.ROOT);
            if (label.equals(q) || matchesExactly(s, q, mac) || vlan != null && VlanMatch.matches(s, vlan)) {
                exact.add(e.getKey());
            } else if (label.contains(q)) {
                partial.add(e.getKey());
            }
        }
        Map<String, Vnic> taps = TapGuests.of(subjects);
        Set<String> libvirtHosts = new HashSet<>();
        subjects.values().forEach(s -> {
            if (s instanceof GraphSubject.OfVm || s instanceof GraphSubject.OfVnic) {
                libvirtHosts.add(s.host());
            }
        });
        Comparator<String> richest = Comparator.<String, Richness>comparing(id -> richness(subjects.get(id), taps.containsKey(id)))
                .thenComparing(id -> !libvirtHosts.contains(subjects.get(id).host()))
                .thenComparing(id -> id, NaturalOrder.INSTANCE);
        exact.sort(richest);
        partial.sort(richest);
        exact.addAll(partial);
        return exact;
    }

    private static Richness richness(GraphSubject s, boolean vmTap) {
        if (s instanceof GraphSubject.OfVnic || vmTap) {
            return Richness.VNIC;
        }
        return s instanceof GraphSubject.OfVm ? Richness.VM : Richness.DEVICE;
    }

    private static boolean matchesExactly(GraphSubject s, String q, String mac) {
        if (s instanceof GraphSubject.OfDevice d) {
            Device dev = d.device();
            if (mac != null && dev.mac() != null) {
                String m = dev.mac().toLowerCase(Locale.ROOT);
                if (m.equals(mac) || (dev.vnicTap() && MacAddresses.isTapMac(m) && m.substring(2).equals(mac.substring(2)))) {
                    return true;
                }
            }
            for (String a : dev.addresses()) {
                int slash = a.indexOf('/');
                String ip = (slash < 0 ? a : a.substring(0, slash)).toLowerCase(Locale.ROOT);
                if (ip.equals(q) || a.toLowerCase(Locale.ROOT).equals(q)) {
                    return true;
                }
            }
        } else if (s instanceof GraphSubject.OfVm v) {
            return mac != null ? v.vm().vnics().stream().map(Vnic::mac).anyMatch(m -> mac.equalsIgnoreCase(m))
                    : VmAddresses.has(v.vm(), q);
        } else if (s instanceof GraphSubject.OfVnic v) {
            return mac != null ? mac.equalsIgnoreCase(v.vnic().mac()) : VmAddresses.has(v.vnic(), q);
        }
        return false;
    }
}
