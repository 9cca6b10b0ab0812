package io.patchbay.ui.inspector;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.Device;
import io.patchbay.model.GuestAddress;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.ui.change.VnicRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every fact of whatever the graph's selection stands for: a device, a VM or a vNIC. A vNIC is one
 * subject whether its tap or its VM is selected: a section of its libvirt facts (guest MAC, model,
 * PCI, guest NIC name, source, VLAN, live/config, addresses) and a section of its tap's kernel
 * facts; a VM shows one such pair per vNIC. A guest address's source is the bundle key of where it
 * was learnt ({@code address.source.lease}, ...). Plain Java.
 */
public final class SubjectFacts {
    /** The prefix of the bundle keys of address sources. */
    public static final String ADDRESS_SOURCE = "address.source.";
    /** Section headings: a vNIC as libvirt has it, its tap as the kernel has it. */
    public static final String VNIC_SECTION = "inspector.section.vnic";
    public static final String TAP_SECTION = "inspector.section.tap";
    /** The sources of the section headings (bundle keys). */
    public static final String FROM_LIBVIRT = "inspector.from.libvirt";
    public static final String FROM_KERNEL = "inspector.from.kernel";

    private SubjectFacts() {
    }

    /** The facts of node {@code id}; a VM's tap is its vNIC (libvirt and kernel sections). */
    public static List<Fact> of(Map<String, GraphSubject> subjects, String id) {
        GraphSubject s = subjects.get(id);
        if (s == null) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        out.add(new Fact("fact.host", s.host(), null));
        if (s instanceof GraphSubject.OfDevice d) {
            var ref = VnicRef.of(subjects, id);
            if (ref.isPresent()) {
                out.add(new Fact("fact.vm", ref.get().vm().name(), ref.get().vm().origin()));
                vnicSubject(out, ref.get().vm(), ref.get().vnic(), d.device());
            } else {
                out.addAll(DeviceFacts.of(d.device()));
            }
        } else if (s instanceof GraphSubject.OfVm v) {
            vm(out, v.vm());
            for (Vnic n : v.vm().vnics()) {
                vnicSubject(out, v.vm(), n, tapOf(subjects, s.host(), n));
            }
        } else if (s instanceof GraphSubject.OfVnic v) {
            out.add(new Fact("fact.vm", v.vm().name(), v.vm().origin()));
            vnicSubject(out, v.vm(), v.vnic(), tapOf(subjects, s.host(), v.vnic()));
        }
        return out;
    }

    /** The facts of one subject without the rest of the graph (a device of the devices table). */
    public static List<Fact> of(GraphSubject s) {
        return of(Map.of("subject", s), "subject");
    }

    /** The host's tap of a vNIC when the graph has it, else null. */
    private static Device tapOf(Map<String, GraphSubject> subjects, String host, Vnic n) {
        if (n.target() == null) {
            return null;
        }
        return subjects.get(TopologyGraph.deviceId(host, n.target())) instanceof GraphSubject.OfDevice d
                ? d.device() : null;
    }

    /** One vNIC: its libvirt section, then its tap's kernel section when the host has the tap. */
    private static void vnicSubject(List<Fact> out, Vm vm, Vnic n, Device tap) {
        out.add(Fact.section(VNIC_SECTION, n.mac() == null ? "\u2014" : n.mac(), FROM_LIBVIRT));
        vnic(out, n, vm.origin());
        if (tap != null) {
            out.add(Fact.section(TAP_SECTION, tap.name(), FROM_KERNEL));
            out.addAll(DeviceFacts.of(tap));
        }
    }

    private static void vm(List<Fact> out, Vm vm) {
        out.add(new Fact("fact.vm", vm.name(), vm.origin()));
        add(out, "fact.vm.state", vm.state(), vm.origin());
        add(out, "fact.vm.uuid", vm.uuid(), vm.origin());
        add(out, "fact.vm.id", vm.id() == null ? null : vm.id().toString(), vm.origin());
        add(out, "fact.vm.persistent", vm.persistent() == null ? null : vm.persistent().toString(), vm.origin());
    }

    private static void vnic(List<Fact> out, Vnic v, String origin) {
        add(out, "fact.vnic.mac", v.mac(), origin);
        add(out, "fact.vnic.source", v.type() == null ? v.sourceName() : v.type() + " " + v.sourceName(), origin);
        add(out, "fact.vnic.target", v.target(), origin);
        add(out, "fact.vnic.model", v.model(), origin);
        add(out, "fact.vnic.pci", v.pci(), origin);
        add(out, "fact.vnic.link", v.link(), origin);
        add(out, "fact.mtu", v.mtu() == null ? null : v.mtu().toString(), origin);
        add(out, "fact.vnic.alias", v.alias(), origin);
        add(out, "fact.vnic.guestName", v.guestName(), origin);
        add(out, "fact.vnic.scope", v.scope(), origin);
        if (v.vlan() != null) {
            add(out, "fact.vnic.vlan", String.join(",", v.vlan().tags().stream().map(String::valueOf).toList())
                    + (v.vlan().trunk() ? " trunk" : "")
                    + (v.vlan().nativeTag() == null ? "" : " native " + v.vlan().nativeTag()), origin);
        }
        add(out, "fact.vnic.virtualport", v.virtualport(), origin);
        add(out, "fact.vnic.sourceMode", v.sourceMode(), origin);
        if (v.bandwidth() != null) {
            var b = v.bandwidth();
            add(out, "fact.vnic.bandwidth.in", rate(b.inboundAverage(), b.inboundPeak(), b.inboundBurst()), origin);
            add(out, "fact.vnic.bandwidth.out", rate(b.outboundAverage(), b.outboundPeak(), b.outboundBurst()), origin);
        }
        for (GuestAddress a : v.addresses()) {
            out.add(new Fact("fact.vnic.address", a.address(), ADDRESS_SOURCE + a.source().wireName()));
        }
    }

    /** "average 1000 peak 4000 burst 1024" (KiB/s, KiB as libvirt gives them), or null. */
    private static String rate(Integer average, Integer peak, Integer burst) {
        String s = (average == null ? "" : " average " + average) + (peak == null ? "" : " peak " + peak)
                + (burst == null ? "" : " burst " + burst);
        return s.isEmpty() ? null : s.substring(1);
    }

    private static void add(List<Fact> out, String key, String value, String source) {
        if (value != null) {
            out.add(new Fact(key, value, source));
        }
    }
}
