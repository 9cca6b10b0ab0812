package io.patchbay.discovery.parse;

import io.patchbay.model.DeviceKind;
import java.util.Set;

/**
 * The {@link DeviceKind} that a kernel linkinfo kind word states for certain, or null when the
 * word alone does not say (team, macvlan, ifb, ...: the merge decides from other facts).
 */
final class IpLinkKinds {
    /** Layer-3 and overlay tunnel kinds (geneve, gretap included: they are tunnels, not VXLAN). */
    private static final Set<String> TUNNELS = Set.of("ipip", "ip6tnl", "sit", "gre", "gretap", "ip6gre",
            "ip6gretap", "erspan", "ip6erspan", "geneve", "vti", "vti6", "wireguard", "bareudp", "gtp",
            "fou", "xfrm");

    private IpLinkKinds() {
    }

    /**
     * @param linkInfoKind the linkinfo kind word, e.g. "bridge"
     * @param tunType      for "tun": "tap" or "tun" (null when not printed)
     */
    static DeviceKind kindFor(String linkInfoKind, String tunType) {
        if (linkInfoKind == null) {
            return null;
        }
        switch (linkInfoKind) {
            case "bridge":
                return DeviceKind.BRIDGE;
            case "bond":
                return DeviceKind.BOND;
            case "vlan":
                return DeviceKind.VLAN;
            case "veth":
                return DeviceKind.VETH;
            case "macvtap":
                return DeviceKind.MACVTAP;
            case "vxlan":
                return DeviceKind.VXLAN;
            case "dummy":
                return DeviceKind.DUMMY;
            case "openvswitch":
                return DeviceKind.OVS;
            case "tun":
                if ("tap".equals(tunType)) {
                    return DeviceKind.TAP;
                }
                return "tun".equals(tunType) ? DeviceKind.TUNNEL : null;
            default:
                return TUNNELS.contains(linkInfoKind) ? DeviceKind.TUNNEL : null;
        }
    }
}
