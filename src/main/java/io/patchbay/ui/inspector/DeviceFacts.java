package io.patchbay.ui.inspector;

import io.patchbay.model.BondSlave;
import io.patchbay.model.Device;
import io.patchbay.model.PortVlan;
import io.patchbay.model.VirtualFunction;
import java.util.ArrayList;
import java.util.List;

/** Every fact of one device as inspector lines, each with its provenance. Plain Java. */
public final class DeviceFacts {
    private DeviceFacts() {
    }

    public static List<Fact> of(Device d) {
        List<Fact> out = new ArrayList<>();
        var p = d.provenance();
        out.add(new Fact("fact.name", d.name(), null));
        out.add(new Fact("fact.kind", d.kind().wireName(), p.get("kind")));
        add(out, "fact.mac", d.mac(), p.get("mac"));
        add(out, "fact.mtu", d.mtu() == null ? null : d.mtu().toString(), p.get("mtu"));
        add(out, "fact.state", d.state() == null ? null : d.state().wireName(), p.get("state"));
        add(out, "fact.carrier", d.carrier() == null ? null : d.carrier().toString(), p.get("carrier"));
        add(out, "fact.master", d.master(), p.get("master"));
        for (String a : d.addresses()) {
            out.add(new Fact("fact.address", a, p.get("addresses")));
        }
        if (!d.flags().isEmpty()) {
            out.add(new Fact("fact.flags", String.join(",", d.flags()), null));
        }
        if (d.bond() != null) {
            add(out, "fact.bond.mode", d.bond().mode(), p.get("bond.mode"));
            add(out, "fact.bond.active", d.bond().activeSlave(), p.get("bond.activeSlave"));
            add(out, "fact.bond.mii", d.bond().miiStatus(), p.get("bond.miiStatus"));
            for (BondSlave s : d.bond().slaves()) {
                out.add(new Fact("fact.bond.slave", s.name()
                        + (s.state() == null ? "" : " " + s.state())
                        + (s.mii() == null ? "" : " mii " + s.mii())
                        + (s.permanentMac() == null ? "" : " perm " + s.permanentMac()), null));
            }
        }
        if (d.bridge() != null) {
            add(out, "fact.bridge.stp", d.bridge().stp() == null ? null : (d.bridge().stp() ? "on" : "off"), p.get("bridge.stp"));
            add(out, "fact.bridge.id", d.bridge().id(), p.get("bridge.id"));
            for (String port : d.bridge().ports()) {
                out.add(new Fact("fact.bridge.port", port, null));
            }
        }
        if (d.vlan() != null) {
            add(out, "fact.vlan.id", d.vlan().id() == null ? null : d.vlan().id().toString(), p.get("vlan.id"));
            add(out, "fact.vlan.protocol", d.vlan().protocol(), p.get("vlan.protocol"));
            add(out, "fact.vlan.parent", d.vlan().parent(), p.get("vlan.parent"));
        }
        if (d.macvtap() != null) {
            add(out, "fact.macvtap.lower", d.macvtap().lower(), p.get("macvtap.lower"));
            add(out, "fact.macvtap.mode", d.macvtap().mode(), p.get("macvtap.mode"));
        }
        if (d.bridge() != null && d.bridge().vlanFiltering() != null) {
            out.add(new Fact("fact.bridge.vlanFiltering", d.bridge().vlanFiltering() ? "on" : "off",
                    p.get("bridge.vlanFiltering")));
        }
        if (d.portVlan() != null) {
            PortVlan v = d.portVlan();
            add(out, "fact.port.vlan.tag", v.tag() == null ? null : v.tag().toString(), p.get("vlan.tag"));
            add(out, "fact.port.vlan.trunks", numbers(v.trunks()), p.get("vlan.trunks"));
            add(out, "fact.port.vlan.mode", v.mode(), p.get("vlan.mode"));
            add(out, "fact.port.vlan.pvid", v.pvid() == null ? null : v.pvid().toString(), p.get("vlan.pvid"));
            add(out, "fact.port.vlan.untagged", numbers(v.untagged()), p.get("vlan.untagged"));
            add(out, "fact.port.vlan.tagged", numbers(v.tagged()), p.get("vlan.tagged"));
        }
        if (d.ovs() != null) {
            add(out, "fact.ovs.type", d.ovs().type().isEmpty() ? "system" : d.ovs().type(), p.get("ovs.type"));
            add(out, "fact.ovs.remoteIp", d.ovs().remoteIp(), p.get("ovs.remoteIp"));
            add(out, "fact.ovs.key", d.ovs().tunnelKey(), p.get("ovs.tunnelKey"));
            add(out, "fact.ovs.attachedMac", d.ovs().attachedMac(), p.get("ovs.attachedMac"));
        }
        for (VirtualFunction vf : d.vfs()) {
            out.add(new Fact("fact.vf", "vf " + vf.vf() + (vf.mac() == null ? "" : " " + vf.mac())
                    + (vf.vlan() == null ? "" : " vlan " + vf.vlan())
                    + (vf.spoofCheck() == null ? "" : " spoofchk " + (vf.spoofCheck() ? "on" : "off"))
                    + (vf.linkState() == null ? "" : " link-state " + vf.linkState())
                    + (vf.trust() == null ? "" : " trust " + (vf.trust() ? "on" : "off")), null));
        }
        add(out, "fact.peer", d.peer(), p.get("peer"));
        if (d.vnicTap()) {
            out.add(new Fact("fact.vnicTap", "yes", p.get("mac")));
        }
        return out;
    }

    private static String numbers(List<Integer> ns) {
        return ns.isEmpty() ? null : String.join(",", ns.stream().map(String::valueOf).toList());
    }

    private static void add(List<Fact> out, String key, String value, String source) {
        if (value != null) {
            out.add(new Fact(key, value, source));
        }
    }
}
