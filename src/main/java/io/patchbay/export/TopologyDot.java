package io.patchbay.export;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
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
                        .append(quote(d.name(), d.kind().wireName())).append(", shape=")
                        .append(shape(d)).append("];\n");
            }
            for (Vm vm : h.vms()) {
                b.append("    ").append(quote(prefix + "vm:" + vm.name())).append(" [label=")
                        .append(quote(vm.name())).append(", shape=component];\n");
            }
            for (Link l : h.links()) {
                String to = l.kind().endsAtVm() ? prefix + "vm:" + l.to() : prefix + l.to();
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

    /**
     * A DOT quoted string of one or more lines (joined by DOT's line break): control and bidi
     * characters in each line made visible (SafeText), backslash and quote escaped.
     */
    static String quote(String... lines) {
        StringBuilder b = new StringBuilder("\"");
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                b.append("\\n");
            }
            String s = SafeText.terminal(lines[l]);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
