package io.patchbay.discovery;

import io.patchbay.model.DeviceKind;
import io.patchbay.model.MacAddresses;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides a device's kind from what the sources said. The kernel's own type word wins; without
 * it (old text outputs) the naming conventions of Linux, libvirt and VDSM decide, and the
 * provenance says so ("inferred from ...").
 */
final class KindInference {
    private static final Pattern TAP_NAME = Pattern.compile("(vnet\\d+|tap[0-9a-f-]+|vif\\d+\\.\\d+)");
    private static final Pattern WIRELESS_NAME = Pattern.compile("(wlan\\d+|wlp\\d+s\\d+.*|wlx[0-9a-f]+|wl\\w*)");
    private static final Pattern VLAN_NAME = Pattern.compile(".+\\.(\\d{1,4})");
    private static final Pattern BOND_NAME = Pattern.compile("bond\\d+");
    private static final Pattern BRIDGE_NAME = Pattern.compile("(br\\d+|virbr\\d+|ovirtmgmt|docker\\d+|qbr[0-9a-f-]+)");

    private KindInference() {
    }

    /** Outcome: the kind and how it was decided. */
    record Decision(DeviceKind kind, String because) {
    }

    static DeviceKind fromLinkType(String linkType) {
        if (linkType == null) {
            return null;
        }
        switch (linkType) {
            case "loopback":
                return DeviceKind.LOOPBACK;
            case "ipip":
            case "sit":
            case "gre":
            case "gre6":
            case "tunnel6":
            case "ip6gre":
            case "ipip6":
            case "none":
                return DeviceKind.TUNNEL;
            case "ieee802.11":
            case "ieee802.11/radiotap":
                return DeviceKind.WIRELESS;
            default:
                return null;
        }
    }

    /**
     * Without a kernel type word: conventions. {@code isMasterOfSlaves} is true when other devices
     * name this one as their master through a bond-slave fact.
     */
    static Decision byConvention(String name, String mac, String linkType, List<String> flags,
                                 boolean bondMaster, boolean bridgeMaster) {
        if (name.equals("lo") || flags.contains("LOOPBACK")) {
            return new Decision(DeviceKind.LOOPBACK, "inferred from the LOOPBACK flag");
        }
        if (bondMaster) {
            return new Decision(DeviceKind.BOND, "inferred from its bond slaves");
        }
        if (bridgeMaster) {
            return new Decision(DeviceKind.BRIDGE, "inferred from its bridge ports");
        }
        if (name.equals(";vdsmdummy;")) {
            return new Decision(DeviceKind.DUMMY, "inferred from VDSM's ;vdsmdummy; name");
        }
        if (name.equals("ovs-system") || name.startsWith("ovsbr")) {
            return new Decision(DeviceKind.OVS, "inferred from the name");
        }
        if (BOND_NAME.matcher(name).matches() && (flags.contains("MASTER") || flags.isEmpty())) {
            return new Decision(DeviceKind.BOND, "inferred from the name and MASTER flag");
        }
        if (TAP_NAME.matcher(name).matches() || (MacAddresses.isTapMac(mac) && name.startsWith("vnet"))) {
            return new Decision(DeviceKind.TAP, "inferred from libvirt's tap naming");
        }
        if (name.startsWith("macvtap")) {
            return new Decision(DeviceKind.MACVTAP, "inferred from the name");
        }
        if (name.startsWith("veth")) {
            return new Decision(DeviceKind.VETH, "inferred from the name");
        }
        if (name.startsWith("vxlan")) {
            return new Decision(DeviceKind.VXLAN, "inferred from the name");
        }
        if (WIRELESS_NAME.matcher(name).matches()) {
            return new Decision(DeviceKind.WIRELESS, "inferred from the wireless naming convention");
        }
        if (VLAN_NAME.matcher(name).matches()) {
            return new Decision(DeviceKind.VLAN, "inferred from the NAME.ID convention");
        }
        if (BRIDGE_NAME.matcher(name).matches()) {
            return new Decision(DeviceKind.BRIDGE, "inferred from the bridge naming convention");
        }
        if ("ether".equals(linkType)) {
            return new Decision(DeviceKind.NIC, "inferred from link/ether without a virtual type");
        }
        if (linkType == null && mac == null && flags.isEmpty()) {
            return new Decision(DeviceKind.OTHER, "only its name is known");
        }
        return new Decision(DeviceKind.OTHER, "no source said what it is");
    }

    static Integer vlanIdFromName(String name) {
        var m = VLAN_NAME.matcher(name);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
