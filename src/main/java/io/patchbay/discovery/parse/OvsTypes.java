package io.patchbay.discovery.parse;

import io.patchbay.model.DeviceKind;

/** What an Open vSwitch Interface's {@code type} column makes certain about the device. */
final class OvsTypes {
    private OvsTypes() {
    }

    /**
     * internal and patch ports are OVS's own ports (shown as what they are, not as a NIC or a
     * guest tap), tunnels are tunnels; a system interface ("") or a tap keeps the kernel's word (null).
     */
    static DeviceKind kindOf(String type) {
        return switch (type == null ? "" : type) {
            case "internal", "patch" -> DeviceKind.OTHER;
            case "vxlan" -> DeviceKind.VXLAN;
            case "geneve", "gre", "stt", "erspan", "ip6erspan", "ip6gre", "gtpu", "bareudp", "srv6" -> DeviceKind.TUNNEL;
            default -> null;
        };
    }

    static boolean isTunnel(String type) {
        DeviceKind k = kindOf(type);
        return k != null && k.isTunnel();
    }
}
