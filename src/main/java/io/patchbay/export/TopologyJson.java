package io.patchbay.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.model.Bandwidth;
import io.patchbay.model.BondSlave;
import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.NetworkInfo;
import io.patchbay.model.NetworkPortgroup;
import io.patchbay.model.TrafficCounters;
import io.patchbay.model.PortVlan;
import io.patchbay.model.VirtualFunction;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.model.VnicVlan;
import io.patchbay.problems.Problem;
import io.patchbay.problems.ProblemText;
import io.patchbay.problems.Problems;
import java.util.List;
import java.util.Map;

/** The JSON form of topologies, exactly as docs/CLI.md fixes it: absent facts are omitted, never invented. */
public final class TopologyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        // bidi controls in a name are written as \\u202e: the same string to a JSON reader, but
        // visible to a person reading the file
        MAPPER.getFactory().setCharacterEscapes(new BidiEscapes());
    }

    /** JSON's standard escapes plus the Unicode bidi controls ({@link SafeText#isBidiControl}). */
    private static final class BidiEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch <= Character.MAX_VALUE && SafeText.isBidiControl((char) ch)) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private TopologyJson() {
    }

    public static String write(List<HostTopology> hosts) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("hosts");
        Map<String, List<Problem>> problems = Problems.of(hosts);
        hosts.forEach(h -> arr.add(host(h, problems.getOrDefault(h.name(), List.of()))));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a tree we built ourselves", e);
        }
    }

    /** {"error": {"code": N, "message": "..."}} */
    public static String error(int code, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static ObjectNode host(HostTopology h, List<Problem> problems) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", h.name());
        ArrayNode src = n.putArray("sources");
        h.sources().forEach(src::add);
        ArrayNode devs = n.putArray("devices");
        h.devices().forEach(d -> devs.add(device(d)));
        ArrayNode links = n.putArray("links");
        for (Link l : h.links()) {
            links.addObject().put("from", l.from()).put("to", l.to()).put("kind", l.kind().wireName());
        }
        ArrayNode vms = n.putArray("vms");
        h.vms().forEach(vm -> vms.add(vm(vm)));
        ArrayNode ps = n.putArray("problems");
        for (Problem p : problems) {
            ObjectNode pn = ps.addObject();
            pn.put("kind", p.kind().wireName());
            pn.put("severity", p.severity().wireName());
            ArrayNode subjects = pn.putArray("subjects");
            p.subjects().forEach(subjects::add);
            pn.put("message", ProblemText.english(p));
        }
        if (!h.warnings().isEmpty()) {
            ArrayNode w = n.putArray("warnings");
            h.warnings().forEach(w::add);
        }
        return n;
    }

    static ObjectNode device(Device d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", d.name());
        n.put("kind", d.kind().wireName());
        putIf(n, "mac", d.mac());
        if (d.mtu() != null) {
            n.put("mtu", d.mtu());
        }
        if (d.state() != null) {
            n.put("state", d.state().wireName());
        }
        if (d.carrier() != null) {
            n.put("carrier", d.carrier());
        }
        putIf(n, "master", d.master());
        ArrayNode addrs = n.putArray("addresses");
        d.addresses().forEach(addrs::add);
        if (d.ifindex() != null) {
            n.put("ifindex", d.ifindex());
        }
        if (d.bond() != null) {
            ObjectNode b = n.putObject("bond");
            putIf(b, "mode", d.bond().mode());
            putIf(b, "activeSlave", d.bond().activeSlave());
            putIf(b, "mii", d.bond().miiStatus());
            if (d.bond().activeAggregator() != null) {
                b.put("activeAggregator", d.bond().activeAggregator());
            }
            ArrayNode slaves = b.putArray("slaves");
            for (BondSlave s : d.bond().slaves()) {
                ObjectNode sn = slaves.addObject().put("name", s.name());
                putIf(sn, "state", s.state());
                putIf(sn, "mii", s.mii());
                putIf(sn, "permanentMac", s.permanentMac());
                if (s.aggregatorId() != null) {
                    sn.put("aggregatorId", s.aggregatorId());
                }
            }
        }
        if (d.bridge() != null) {
            if (d.bridge().stp() != null) {
                n.put("stp", d.bridge().stp());
            }
            putIf(n, "bridgeId", d.bridge().id());
            if (d.bridge().vlanFiltering() != null) {
                n.put("vlanFiltering", d.bridge().vlanFiltering());
            }
            ArrayNode ports = n.putArray("ports");
            d.bridge().ports().forEach(ports::add);
        }
        if (d.vlan() != null) {
            if (d.vlan().id() != null) {
                n.put("vlanId", d.vlan().id());
            }
            putIf(n, "vlanProtocol", d.vlan().protocol());
            putIf(n, "parent", d.vlan().parent());
        }
        if (d.macvtap() != null) {
            putIf(n, "lower", d.macvtap().lower());
            putIf(n, "macvtapMode", d.macvtap().mode());
        }
        putIf(n, "peer", d.peer());
        if (d.portVlan() != null) {
            portVlan(n.putObject("vlan"), d.portVlan());
        }
        if (d.ovs() != null) {
            ObjectNode o = n.putObject("ovs");
            o.put("type", d.ovs().type());
            putIf(o, "remoteIp", d.ovs().remoteIp());
            putIf(o, "key", d.ovs().tunnelKey());
            putIf(o, "attachedMac", d.ovs().attachedMac());
        }
        if (!d.vfs().isEmpty()) {
            ArrayNode vfs = n.putArray("vfs");
            for (VirtualFunction vf : d.vfs()) {
                ObjectNode v = vfs.addObject().put("vf", vf.vf());
                putIf(v, "mac", vf.mac());
                putIf(v, "vlan", vf.vlan());
                putIf(v, "qos", vf.qos());
                if (vf.spoofCheck() != null) {
                    v.put("spoofCheck", vf.spoofCheck());
                }
                putIf(v, "linkState", vf.linkState());
                if (vf.trust() != null) {
                    v.put("trust", vf.trust());
                }
            }
        }
        if (d.network() != null) {
            network(n.putObject("network"), d.network());
        }
        if (d.vnicTap()) {
            n.put("vnicTap", true);
        }
        if (!d.provenance().isEmpty()) {
            ObjectNode p = n.putObject("provenance");
            d.provenance().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> p.put(e.getKey(), e.getValue()));
        }
        return n;
    }

    static ObjectNode vm(Vm vm) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", vm.name());
        putIf(n, "uuid", vm.uuid());
        putIf(n, "state", vm.state());
        if (vm.id() != null) {
            n.put("id", vm.id());
        }
        if (vm.persistent() != null) {
            n.put("persistent", vm.persistent());
        }
        ArrayNode vnics = n.putArray("vnics");
        for (Vnic v : vm.vnics()) {
            ObjectNode vn = vnics.addObject();
            putIf(vn, "mac", v.mac());
            if (v.type() != null || v.sourceName() != null) {
                ObjectNode s = vn.putObject("source");
                putIf(s, "type", v.type());
                putIf(s, "name", v.sourceName());
            }
            putIf(vn, "target", v.target());
            putIf(vn, "model", v.model());
            putIf(vn, "pci", v.pci());
            putIf(vn, "link", v.link());
            if (v.mtu() != null) {
                vn.put("mtu", v.mtu());
            }
            putIf(vn, "alias", v.alias());
            putIf(vn, "guestName", v.guestName());
            putIf(vn, "scope", v.scope());
            if (!v.addresses().isEmpty()) {
                ArrayNode addrs = vn.putArray("addresses");
                v.addresses().forEach(a -> addrs.addObject().put("address", a.address()).put("source", a.source().wireName()));
            }
            if (v.stats() != null) {
                vn.set("stats", stats(v.stats()));
            }
            if (!v.drift().isEmpty()) {
                ArrayNode drift = vn.putArray("drift");
                v.drift().forEach(d -> {
                    ObjectNode dn = drift.addObject().put("field", d.field());
                    putIf(dn, "live", d.live());
                    putIf(dn, "config", d.config());
                });
            }
            if (v.vlan() != null) {
                vnicVlan(vn.putObject("vlan"), v.vlan());
            }
            putIf(vn, "virtualport", v.virtualport());
            if (v.sourceMode() != null) {
                // beside the source's type and name
                ObjectNode s = vn.has("source") ? (ObjectNode) vn.get("source") : vn.putObject("source");
                s.put("mode", v.sourceMode());
            }
            if (v.bandwidth() != null) {
                Bandwidth b = v.bandwidth();
                ObjectNode bw = vn.putObject("bandwidth");
                rate(bw, "inbound", b.inboundAverage(), b.inboundPeak(), b.inboundBurst());
                rate(bw, "outbound", b.outboundAverage(), b.outboundPeak(), b.outboundBurst());
            }
        }
        return n;
    }

    /** A libvirt {@code <vlan>}: {"tags": [..], "trunk": bool, "native": N, "nativeMode": ".."}. */
    private static void vnicVlan(ObjectNode vl, VnicVlan vlan) {
        ArrayNode tags = vl.putArray("tags");
        vlan.tags().forEach(tags::add);
        vl.put("trunk", vlan.trunk());
        putIf(vl, "native", vlan.nativeTag());
        putIf(vl, "nativeMode", vlan.nativeMode());
    }

    /** A libvirt network node's facts (docs/CLI.md, device field {@code network}). */
    private static void network(ObjectNode o, NetworkInfo net) {
        o.put("name", net.name());
        putIf(o, "forwardMode", net.forwardMode());
        putIf(o, "bridge", net.bridge());
        strings(o, "forwardDevices", net.forwardDevices());
        strings(o, "addresses", net.addresses());
        strings(o, "dhcpRanges", net.dhcpRanges());
        if (!net.portgroups().isEmpty()) {
            ArrayNode pgs = o.putArray("portgroups");
            for (NetworkPortgroup pg : net.portgroups()) {
                ObjectNode p = pgs.addObject().put("name", pg.name());
                if (pg.isDefault()) {
                    p.put("default", true);
                }
                if (pg.vlan() != null) {
                    vnicVlan(p.putObject("vlan"), pg.vlan());
                }
            }
        }
        if (net.vlan() != null) {
            vnicVlan(o.putObject("vlan"), net.vlan());
        }
        putIf(o, "virtualport", net.virtualport());
        if (net.active() != null) {
            o.put("active", net.active());
        }
        if (net.persistent() != null) {
            o.put("persistent", net.persistent());
        }
    }

    private static void strings(ObjectNode o, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    static ObjectNode stats(TrafficCounters c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rxBytes", c.rxBytes()).put("rxPackets", c.rxPackets()).put("rxErrors", c.rxErrors())
                .put("rxDrops", c.rxDrops()).put("txBytes", c.txBytes()).put("txPackets", c.txPackets())
                .put("txErrors", c.txErrors()).put("txDrops", c.txDrops());
        return n;
    }

    /** One direction of a vNIC's bandwidth, when any of its values is known. */
    private static void rate(ObjectNode bw, String direction, Integer average, Integer peak, Integer burst) {
        if (average != null || peak != null || burst != null) {
            ObjectNode d = bw.putObject(direction);
            putIf(d, "average", average);
            putIf(d, "peak", peak);
            putIf(d, "burst", burst);
        }
    }

    /** OVS: {"tag": N} or {"trunks": [..]}, plus "mode"; a Linux bridge port: {"pvid", "untagged", "tagged"}. */
    private static void portVlan(ObjectNode v, PortVlan p) {
        putIf(v, "tag", p.tag());
        if (!p.trunks().isEmpty()) {
            ArrayNode a = v.putArray("trunks");
            p.trunks().forEach(a::add);
        }
        putIf(v, "mode", p.mode());
        putIf(v, "pvid", p.pvid());
        if (!p.untagged().isEmpty()) {
            ArrayNode a = v.putArray("untagged");
            p.untagged().forEach(a::add);
        }
        if (!p.tagged().isEmpty()) {
            ArrayNode a = v.putArray("tagged");
            p.tagged().forEach(a::add);
        }
    }

    private static void putIf(ObjectNode n, String k, Integer v) {
        if (v != null) {
            n.put(k, v);
        }
    }

    private static void putIf(ObjectNode n, String k, String v) {
        if (v != null) {
            n.put(k, v);
        }
    }
}
