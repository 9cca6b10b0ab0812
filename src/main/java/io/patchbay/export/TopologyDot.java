package io.patchbay.export;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import java.util.List;

/** Graphviz DOT: one cluster per host; every identifier is a quoted, escaped string. */
public final class TopologyDot {
    private TopologyDot() {
    }

    public static String write(List<HostTopology> hosts) {
        StringBuilder b = new StringBuilder("digraph patchbay {\n  rankdir=BT;\n  node [shape=box, fontname=\"sans-serif\"];\n");
        int i = 0;
        for (HostTopology h : hosts) {
            String prefix = h.name() + "/";
            b.append("  subgraph ").append(quote("cluster_" + i++)).append(" {\n    label=").append(quote(h.name())).append(";\n");
            for (Device d : h.devices()) {
                b.append("    ").append(quote(prefix + d.name())).append(" [label=")
                        .append(quote(d.name() + "\n" + d.kind().wireName())).append(", shape=")
                        .append(shape(d)).append("];\n");
            }
            for (Vm vm : h.vms()) {
                b.append("    ").append(quote(prefix + "vm:" + vm.name())).append(" [label=")
                        .append(quote(vm.name())).append(", shape=component];\n");
            }
            for (Link l : h.links()) {
                String to = l.kind() == LinkKind.VNIC ? prefix + "vm:" + l.to() : prefix + l.to();
                b.append("    ").append(quote(prefix + l.from())).append(" -> ").append(quote(to))
                        .append(" [label=").append(quote(l.kind().wireName())).append("];\n");
            }
            b.append("  }\n");
        }
        return b.append("}\n").toString();
    }

    private static String shape(Device d) {
        return switch (d.kind()) {
            case BRIDGE, OVS -> "hexagon";
            case BOND -> "trapezium";
            case TAP, MACVTAP -> "ellipse";
            case LOOPBACK, NIC, WIRELESS, VLAN, VETH, VXLAN, DUMMY, TUNNEL, OTHER, NETWORK -> "box";
        };
    }

    /** A DOT quoted string: control and bidi characters made visible (SafeText), backslash and quote escaped. */
    static String quote(String raw) {
        String s = SafeText.terminal(raw);
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
