package io.patchbay.export;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.Device;
import io.patchbay.model.LinkState;

/** What SVG and PNG exports draw for a node: fill and stroke colours, a second text line, dimmed or not. */
final class GraphStyle {
    static final String BACKGROUND = "#ffffff";
    static final String FRAME_FILL = "#f4f6f8";
    static final String FRAME_STROKE = "#c9d1d9";
    static final String EDGE = "#8a96a3";
    static final String TEXT = "#1f2933";
    static final String DETAIL = "#52606d";

    private GraphStyle() {
    }

    static String fill(GraphSubject s) {
        if (s instanceof GraphSubject.OfVm) {
            return "#e8f0fe";
        }
        if (s instanceof GraphSubject.OfVnic) {
            return "#fff4e5";
        }
        return switch (((GraphSubject.OfDevice) s).device().kind()) {
            case BRIDGE, OVS -> "#e6f4ea";
            case NETWORK -> "#e0f2f1";
            case BOND -> "#f3e8fd";
            case VLAN, VXLAN -> "#fef7e0";
            case TAP, MACVTAP, VETH -> "#fdeee4";
            case LOOPBACK, NIC, WIRELESS, DUMMY, TUNNEL, OTHER -> "#eef3f8";
        };
    }

    static String stroke(GraphSubject s) {
        if (s instanceof GraphSubject.OfVm) {
            return "#3b6ea5";
        }
        if (s instanceof GraphSubject.OfVnic) {
            return "#d35400";
        }
        return switch (((GraphSubject.OfDevice) s).device().kind()) {
            case BRIDGE, OVS -> "#2e7d32";
            case NETWORK -> "#00796b";
            case BOND -> "#8e44ad";
            case TAP, MACVTAP, VETH -> "#d35400";
            case LOOPBACK, NIC, WIRELESS, VLAN, VXLAN, DUMMY, TUNNEL, OTHER -> "#5b7083";
        };
    }

    static boolean dimmed(GraphSubject s) {
        if (s instanceof GraphSubject.OfDevice d) {
            return d.device().state() == LinkState.DOWN || Boolean.FALSE.equals(d.device().carrier());
        }
        if (s instanceof GraphSubject.OfVm v) {
            return v.vm().state() != null && !"running".equalsIgnoreCase(v.vm().state());
        }
        return false;
    }

    static String kindWord(GraphSubject s) {
        if (s instanceof GraphSubject.OfVm) {
            return "vm";
        }
        if (s instanceof GraphSubject.OfVnic) {
            return "vnic";
        }
        return ((GraphSubject.OfDevice) s).device().kind().wireName();
    }

    static String detail(GraphSubject s, Integer hidden) {
        if (hidden != null) {
            return "+" + hidden + " hidden";
        }
        if (s instanceof GraphSubject.OfDevice d) {
            Device dev = d.device();
            if (dev.bond() != null && dev.bond().mode() != null) {
                return "bond " + dev.bond().mode();
            }
            return dev.mac() != null ? dev.mac() : dev.kind().wireName();
        }
        if (s instanceof GraphSubject.OfVm v) {
            return v.vm().state() == null ? "vm" : v.vm().state();
        }
        return "vNIC";
    }
}
