package io.patchbay.discovery.parse;

import io.patchbay.model.DeviceKind;
import java.util.Locale;

/**
 * The device kind that the kernel's own type word (iproute2's linkinfo {@code info_kind}, the
 * first word of the {@code -d} detail line) makes certain.
 */
public final class InfoKinds {
    private InfoKinds() {
    }

    /**
     * @param infoKind linkinfo kind, e.g. bridge, bond, vlan, tun, veth, macvtap, vxlan, ipip
     * @param tunType  for kind tun: tap or tun (null when not reported)
     * @return the kind, or null when {@code infoKind} is null or (for tun) the type is unknown.
     *         A virtual device of a type the console does not draw specially is {@code OTHER}:
     *         it is certainly not a NIC.
     */
    public static DeviceKind kindOf(String infoKind, String tunType) {
        if (infoKind == null || infoKind.isEmpty()) {
            return null;
        }
        switch (infoKind.toLowerCase(Locale.ROOT)) {
            case "bridge":
                return DeviceKind.BRIDGE;
            case "bond":
                return DeviceKind.BOND;
            case "vlan":
                return DeviceKind.VLAN;
            case "veth":
                return DeviceKind.VETH;
            case "macvtap":
            case "macvlan":
            case "ipvlan":
            case "ipvtap":
                return DeviceKind.MACVTAP;
            case "vxlan":
                return DeviceKind.VXLAN;
            case "dummy":
                return DeviceKind.DUMMY;
            case "openvswitch":
                return DeviceKind.OVS;
            case "tun":
                if ("tap".equalsIgnoreCase(tunType)) {
                    return DeviceKind.TAP;
                }
                return "tun".equalsIgnoreCase(tunType) ? DeviceKind.TUNNEL : null;
            case "ipip":
            case "sit":
            case "gre":
            case "gretap":
            case "ip6gre":
            case "ip6gretap":
            case "ip6tnl":
            case "vti":
            case "vti6":
            case "erspan":
            case "ip6erspan":
            case "geneve":
            case "wireguard":
                return DeviceKind.TUNNEL;
            default:
                return DeviceKind.OTHER;
        }
    }
}
