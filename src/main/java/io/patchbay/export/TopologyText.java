package io.patchbay.export;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.List;

/** A plain table per host for people at a terminal. Names are printed verbatim (control bytes escaped). */
public final class TopologyText {
    private TopologyText() {
    }

    public static String write(List<HostTopology> hosts) {
        StringBuilder b = new StringBuilder();
        for (HostTopology h : hosts) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(SafeText.terminal(h.name())).append("  (").append(String.join(", ", h.sources())).append(")\n");
            int w = Math.max(6, h.devices().stream().mapToInt(d -> SafeText.terminal(d.name()).length()).max().orElse(4));
            String fmt = "  %-" + w + "s  %-8s %-7s %-7s %-17s %5s  %-" + w + "s  %s%n";
            b.append(String.format(fmt, "DEVICE", "KIND", "STATE", "CARRIER", "MAC", "MTU", "MASTER", "DETAILS"));
            for (Device d : h.devices()) {
                b.append(String.format(fmt, SafeText.terminal(d.name()), d.kind().wireName(),
                        d.state() == null ? "-" : d.state().wireName(),
                        d.carrier() == null ? "-" : (d.carrier() ? "yes" : "no"),
                        d.mac() == null ? "-" : d.mac(), d.mtu() == null ? "-" : d.mtu().toString(),
                        SafeText.terminal(d.master()), details(d)));
            }
            for (Vm vm : h.vms()) {
                b.append("  vm ").append(SafeText.terminal(vm.name())).append(" (").append(vm.state() == null ? "?" : vm.state())
                        .append(")\n");
                for (Vnic v : vm.vnics()) {
                    b.append("     vnic ").append(v.mac()).append(' ').append(v.type()).append(' ')
                            .append(SafeText.terminal(v.sourceName())).append(" target=").append(SafeText.terminal(v.target()))
                            .append(" model=").append(v.model()).append(" pci=").append(v.pci());
                    if (v.guestName() != null) {
                        b.append(" guest=").append(v.guestName());
                    }
                    if (v.scope() != null) {
                        b.append(" scope=").append(v.scope());
                    }
                    b.append('\n');
                }
            }
            for (String w2 : h.warnings()) {
                b.append("  warning: ").append(SafeText.terminal(w2)).append('\n');
            }
        }
        return b.toString();
    }

    private static String details(Device d) {
        StringBuilder s = new StringBuilder();
        if (!d.addresses().isEmpty()) {
            s.append(String.join(" ", d.addresses()));
        }
        if (d.bridge() != null) {
            append(s, "stp=" + (d.bridge().stp() == null ? "?" : (d.bridge().stp() ? "on" : "off"))
                    + " ports=" + SafeText.terminal(String.join(",", d.bridge().ports())));
        }
        if (d.bond() != null) {
            append(s, "mode=" + d.bond().mode() + (d.bond().activeSlave() == null ? "" : " active=" + d.bond().activeSlave())
                    + " slaves=" + d.bond().slaves().size());
        }
        if (d.vlan() != null) {
            append(s, "vlan=" + d.vlan().id() + (d.vlan().parent() == null ? "" : " on " + SafeText.terminal(d.vlan().parent())));
        }
        if (d.macvtap() != null) {
            append(s, "lower=" + SafeText.terminal(d.macvtap().lower()) + " mode=" + d.macvtap().mode());
        }
        if (d.peer() != null) {
            append(s, "peer=" + SafeText.terminal(d.peer()));
        }
        if (d.vnicTap()) {
            append(s, "vNIC tap");
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (s.length() > 0) {
            s.append("  ");
        }
        s.append(part);
    }
}
