package io.patchbay.ui.topology;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Device;
import io.patchbay.model.PortVlan;
import io.patchbay.model.Vnic;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search "vlan N" (or "vlan:N"): a VLAN device of id N, a switch port that carries N (OVS
 * tag or trunk, Linux bridge pvid, tagged or untagged), a vNIC or VM whose {@code <vlan>} has tag N.
 * Plain Java.
 */
final class VlanMatch {
    private static final Pattern QUERY = Pattern.compile("vlan[: ]\\s*(\\d{1,4})");

    private VlanMatch() {
    }

    /** The VLAN a query asks for, or null when it is no VLAN query. */
    static Integer vlanOf(String lowerCaseQuery) {
        Matcher m = QUERY.matcher(lowerCaseQuery);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean matches(GraphSubject s, int vlan) {
        if (s instanceof GraphSubject.OfDevice d) {
            Device dev = d.device();
            return dev.vlan() != null && Integer.valueOf(vlan).equals(dev.vlan().id()) || carries(dev.portVlan(), vlan);
        }
        if (s instanceof GraphSubject.OfVm v) {
            return v.vm().vnics().stream().anyMatch(n -> carries(n, vlan));
        }
        if (s instanceof GraphSubject.OfVnic v) {
            return carries(v.vnic(), vlan);
        }
        return false;
    }

    private static boolean carries(PortVlan p, int vlan) {
        return p != null && (Integer.valueOf(vlan).equals(p.tag()) || p.trunks().contains(vlan)
                || Integer.valueOf(vlan).equals(p.pvid()) || p.tagged().contains(vlan) || p.untagged().contains(vlan));
    }

    private static boolean carries(Vnic n, int vlan) {
        return n.vlan() != null && n.vlan().tags().contains(vlan);
    }
}
