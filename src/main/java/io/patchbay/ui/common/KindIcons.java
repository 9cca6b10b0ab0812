package io.patchbay.ui.common;

import io.patchbay.model.DeviceKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** One Ikonli (Material Design 2) icon per device kind. */
public final class KindIcons {
    private KindIcons() {
    }

    public static String literal(DeviceKind kind) {
        return switch (kind) {
            case LOOPBACK -> "mdi2s-sync";
            case NIC -> "mdi2e-ethernet";
            case WIRELESS -> "mdi2w-wifi";
            case BOND -> "mdi2s-set-merge";
            case VLAN -> "mdi2t-tag-outline";
            case BRIDGE -> "mdi2b-bridge";
            case TAP -> "mdi2l-lan-connect";
            case VETH -> "mdi2s-swap-horizontal";
            case MACVTAP -> "mdi2l-link-variant";
            case VXLAN -> "mdi2c-cable-data";
            case DUMMY -> "mdi2c-cube-outline";
            case OVS -> "mdi2s-server-network";
            case TUNNEL -> "mdi2s-source-branch";
            case NETWORK -> "mdi2c-cloud-outline";
            case OTHER -> "mdi2h-help-circle-outline";
        };
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
