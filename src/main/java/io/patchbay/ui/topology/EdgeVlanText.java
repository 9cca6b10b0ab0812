package io.patchbay.ui.topology;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.PortVlan;
import io.patchbay.model.VnicVlan;
import java.util.List;

/**
 * The VLAN label of an edge between a port (a guest's tap, any switch port, or a tap-less vNIC)
 * and its switch: "100" for an access port, "trunk 200,201" for a trunk ("native 200" when one
 * is carried untagged, on a second line), "trunk 200,201" and "pvid 10" for a VLAN-filtering Linux bridge port with tagged
 * VLANs. Null when the edge carries no VLAN or is no port-to-switch edge. Plain Java: VLAN ids and
 * the protocol words "trunk", "native", "pvid" are the same in every language.
 */
public final class EdgeVlanText {
    /** Long trunk lists are cut: the inspector has them all. */
    static final int MAX_IDS = 4;

    private EdgeVlanText() {
    }

    /** The label of the edge between {@code a} and {@code b} (either order), or null. */
    public static String of(GraphSubject a, GraphSubject b) {
        if (isSwitch(b)) {
            String t = port(a);
            if (t != null) {
                return t;
            }
        }
        return isSwitch(a) ? port(b) : null;
    }

    private static boolean isSwitch(GraphSubject s) {
        return s instanceof GraphSubject.OfDevice d && d.device().kind().isSwitch();
    }

    /** Whether {@code s} is the port end of a port-to-switch edge (a non-switch device or a tap-less vNIC). */
    static boolean isPort(GraphSubject s) {
        return s instanceof GraphSubject.OfVnic || s instanceof GraphSubject.OfDevice d && !d.device().kind().isSwitch();
    }

    private static String port(GraphSubject s) {
        if (s instanceof GraphSubject.OfDevice d && !d.device().kind().isSwitch()) {
            return text(d.device().portVlan());
        }
        if (s instanceof GraphSubject.OfVnic v) {
            return text(v.vnic().vlan());
        }
        return null;
    }

    /** An OVS port's tag/trunks, or a Linux bridge port's pvid and tagged VLANs. */
    static String text(PortVlan p) {
        if (p == null) {
            return null;
        }
        if (p.tag() != null || !p.trunks().isEmpty()) {
            if (p.trunks().isEmpty()) {
                return String.valueOf(p.tag());
            }
            String trunk = "trunk " + ids(p.trunks());
            return p.tag() == null ? trunk : trunk + "\nnative " + p.tag();
        }
        if (p.pvid() == null && p.tagged().isEmpty()) {
            return null;
        }
        if (p.tagged().isEmpty()) {
            return String.valueOf(p.pvid());
        }
        String tagged = "trunk " + ids(p.tagged());
        return p.pvid() == null ? tagged : tagged + "\npvid " + p.pvid();
    }

    /** A vNIC's {@code <vlan>} as libvirt's XML says it. */
    static String text(VnicVlan v) {
        if (v == null || v.tags().isEmpty()) {
            return null;
        }
        if (!v.trunk()) {
            return String.valueOf(v.tags().get(0));
        }
        String trunk = "trunk " + ids(v.tags());
        return v.nativeTag() == null ? trunk : trunk + "\nnative " + v.nativeTag();
    }

    private static String ids(List<Integer> ids) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ids.size() && i < MAX_IDS; i++) {
            b.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        if (ids.size() > MAX_IDS) {
            b.append(",… (").append(ids.size()).append(')');
        }
        return b.toString();
    }
}
