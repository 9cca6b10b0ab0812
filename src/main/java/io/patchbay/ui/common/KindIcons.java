package io.patchbay.ui.common;

import io.patchbay.model.DeviceKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** One Ikonli (Material Design 2) icon per device kind. */
public final class KindIcons {
    private KindIcons() {
    }

    public static String literal(DeviceKind kind) {
        switch (kind) {
            case LOOPBACK:
                return "mdi2s-sync";
            case NIC:
                return "mdi2e-ethernet";
            case WIRELESS:
                return "mdi2w-wifi";
            case BOND:
                return "mdi2s-set-merge";
            case VLAN:
                return "mdi2t-tag-outline";
            case BRIDGE:
                return "mdi2b-bridge";
            case TAP:
                return "mdi2l-lan-connect";
            case VETH:
                return "mdi2s-swap-horizontal";
            case MACVTAP:
                return "mdi2l-link-variant";
            case VXLAN:
                return "mdi2c-cable-data";
            case DUMMY:
                return "mdi2c-cube-outline";
            case OVS:
                return "mdi2s-server-network";
            case TUNNEL:
                return "mdi2s-source-branch";
            case NETWORK:
                return "mdi2c-cloud-outline";
            default:
                return "mdi2h-help-circle-outline";
        }
    }

    public static FontIcon icon(DeviceKind kind) {
        FontIcon i = new FontIcon(literal(kind));
        i.getStyleClass().addAll("kind-icon", "kind-" + kind.wireName());
        return i;
    }

    public static FontIcon host() {
        FontIcon i = new FontIcon("mdi2s-server");
        i.getStyleClass().add("host-icon");
        return i;
    }
}
