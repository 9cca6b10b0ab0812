package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.model.InterfaceType;
import io.patchbay.model.MacAddresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns an intent into a {@link Plan}, or refuses it with the reason (a {@link PatchbayException}
 * whose reason maps to the CLI exit code). Pure: it reads only the states it is given.
 */
public final class Planner {
    /** The NIC models a vNIC may be created with. */
    public static final List<String> MODELS = List.of("virtio", "e1000e", "e1000", "rtl8139");

    /** How long a live remove waits for the guest by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private Planner() {
    }

    /**
     * Plans {@code intent} on {@code target}; {@code all} are every connected host (target
     * included) whose VMs' MACs a new vNIC must not reuse.
     */
    public static Plan plan(HostState target, List<HostState> all, VnicIntent intent) throws PatchbayException {
        DomainState d = target.domain(intent.vm()).orElseThrow(() -> Refusal.VM_NOT_FOUND.of(intent.vm(),
                target.host(), target.uri()));
        List<Note> notes = new ArrayList<>();
        boolean[] scope = scope(target, d, intent.scope(), notes);
        if (intent instanceof VnicIntent.Add a) {
            return add(target, all, d, a, scope[0], scope[1], notes);
        }
        String mac = mac(macOf(intent));
        Document liveDoc = d.liveXml() == null ? null : DeviceXml.parse(d.liveXml(), "the live XML of VM " + d.name());
        Document confDoc = d.configXml() == null ? null : DeviceXml.parse(d.configXml(), "the persistent XML of VM " + d.name());
        Element liveIf = scope[0] && liveDoc != null ? DeviceXml.interfaceByMac(liveDoc, mac) : null;
        if (liveIf != null) {
            liveIf = DeviceXml.sendable(liveIf);
        }
        Element confIf = scope[1] && confDoc != null ? DeviceXml.interfaceByMac(confDoc, mac) : null;
        boolean live = scope[0];
        boolean config = scope[1];
        if (liveIf == null && confIf == null) {
            throw Refusal.NO_SUCH_VNIC.of(d.name(), mac, PlanWord.scope(live, config));
        }
        if (live && liveIf == null) {
            if (!intent.scope().isDefault()) {
                throw Refusal.VNIC_ONLY_PERSISTENT.of(d.name(), mac);
            }
            notes.add(Note.of(Note.Kind.ONLY_PERSISTENT_EXISTS));
            live = false;
        }
        if (config && confIf == null) {
            if (!intent.scope().isDefault()) {
                throw Refusal.VNIC_ONLY_LIVE.of(d.name(), mac);
            }
            notes.add(Note.of(Note.Kind.ONLY_LIVE_EXISTS));
            config = false;
        }
        Ctx c = new Ctx(target, d, mac, liveIf, confIf, live, config, notes, intent.scope().isDefault());
        if (intent instanceof VnicIntent.Move m) {
            return move(c, m);
        }
        if (intent instanceof VnicIntent.Link l) {
            return link(c, l);
        }
        if (intent instanceof VnicIntent.Vlan v) {
            return PortVlanPlanner.vlan(c, v);
        }
        return remove(c, (VnicIntent.Remove) intent);
    }

    record Ctx(HostState host, DomainState d, String mac, Element liveIf, Element confIf, boolean live,
               boolean config, List<Note> notes, boolean scopeWasDefault) {
        boolean redefine() {
            return !host.liveDeviceChanges();
        }
    }

    private static String macOf(VnicIntent i) {
        if (i instanceof VnicIntent.Move m) {
            return m.mac();
        }
        if (i instanceof VnicIntent.Link l) {
            return l.mac();
        }
        if (i instanceof VnicIntent.Vlan v) {
            return v.mac();
        }
        return ((VnicIntent.Remove) i).mac();
    }

    /** {live, config} after docs/CLI.md's default and the VM's state. */
    private static boolean[] scope(HostState h, DomainState d, ScopeRequest req, List<Note> notes)
            throws PatchbayException {
        if (req.isDefault()) {
            boolean live = d.running() && h.liveDeviceChanges();
            boolean config = d.persistent();
            if (!d.running()) {
                notes.add(Note.of(Note.Kind.SHUT_OFF, d.name()));
            } else if (!h.liveDeviceChanges()) {
                notes.add(Note.of(Note.Kind.NO_LIVE_DEVICE_CALLS, h.uri()));
            }
            if (!live && !config) {
                throw Refusal.TRANSIENT_NOT_LIVE.of(d.name(), h.uri());
            }
            return new boolean[] {live, config};
        }
        if (req.live() && !d.running()) {
            throw Refusal.LIVE_ON_SHUT_OFF.of(d.name());
        }
        if (req.live() && !h.liveDeviceChanges()) {
            throw Refusal.LIVE_UNSUPPORTED.of(h.uri());
        }
        if (req.config() && !d.persistent()) {
            throw Refusal.CONFIG_ON_TRANSIENT.of(d.name());
        }
        if (req.config() && !h.liveDeviceChanges()) {
            notes.add(Note.of(Note.Kind.REDEFINED, h.uri()));
        }
        return new boolean[] {req.live(), req.config()};
    }

    /** Normalises a MAC given for an existing vNIC; malformed is BAD_INPUT. */
    static String mac(String given) throws PatchbayException {
        String mac = MacAddresses.normalize(given == null ? null : given.strip());
        if (mac == null) {
            throw Refusal.NOT_A_MAC.of(given);
        }
        return mac;
    }

    /** A MAC for a new vNIC: well-formed, unicast, not all-zero, not fe: (host taps). */
    static String newMac(String given) throws PatchbayException {
        String mac = mac(given);
        int first = Integer.parseInt(mac.substring(0, 2), 16);
        if ((first & 1) != 0) {
            throw Refusal.MULTICAST_MAC.of(mac);
        }
        if (mac.equals("00:00:00:00:00:00")) {
            throw Refusal.ZERO_MAC.of();
        }
        if (MacAddresses.isTapMac(mac)) {
            throw Refusal.TAP_MAC.of(mac);
        }
        return mac;
    }

    private static Plan add(HostState h, List<HostState> all, DomainState d, VnicIntent.Add a, boolean live,
                            boolean config, List<Note> notes) throws PatchbayException {
        String model = a.model() == null ? "virtio" : a.model().toLowerCase(Locale.ROOT);
        if (!MODELS.contains(model)) {
            throw Refusal.UNKNOWN_MODEL.of(a.model(), String.join(", ", MODELS));
        }
        InterfaceType type = InterfaceType.of(a.sourceType()).orElse(null);
        if (type == null) {
            throw Refusal.BAD_SOURCE_TYPE.of(a.sourceType());
        }
        String mac = newMac(a.mac());
        Sentence used = MacsInUse.of(all).whereUsed(mac);
        if (used != null) {
            throw Refusal.MAC_IN_USE.of(mac, used);
        }
        if (type == InterfaceType.BRIDGE) {
            requireBridge(h, a.sourceName(), notes);
        } else if (!h.networks().contains(a.sourceName())) {
            throw Refusal.NETWORK_NOT_FOUND.of(a.sourceName(), h.host(), list(h.networks()));
        }
        boolean ovs = type == InterfaceType.BRIDGE && h.isOvs(a.sourceName());
        if (type == InterfaceType.BRIDGE && !ovs && !a.vlan().none()) {
            throw Refusal.VLAN_NEEDS_OVS_BRIDGE.of(a.sourceName(), a.vlan().describe());
        }
        if (a.portgroup() != null && type != InterfaceType.NETWORK) {
            throw Refusal.PORTGROUP_NEEDS_NETWORK.of();
        }
        if (ovs) {
            notes.add(Note.of(Note.Kind.OVS_VIRTUALPORT, a.sourceName()));
        }
        if (live) {
            requireHotplugSlot(d);
        }
        String xml = DeviceXml.newInterface(mac, a.sourceType(), a.sourceName(), model, ovs, a.vlan(), a.portgroup());
        boolean redefine = !h.liveDeviceChanges();
        List<Step> steps = new ArrayList<>();
        if (live) {
            steps.add(new Step(Step.Action.ATTACH, Step.LIVE, xml, null, false, false));
        }
        if (config) {
            steps.add(new Step(Step.Action.ATTACH, Step.CONFIG, xml, null, redefine, live));
        }
        if (a.pool() != null) {
            notes.add(Note.of(Note.Kind.MAC_RESERVED, mac, a.pool()));
        }
        Expectation e = new Expectation(true, a.sourceType(), a.sourceName(), "up", null, null, a.vlan());
        String impact = "VM " + d.name() + " gets a new " + model + " vNIC " + mac + " on " + a.sourceType() + " "
                + a.sourceName() + (a.vlan().none() ? "" : ", " + a.vlan().describe()) + " (" + words(live, config)
                + ")";
        return new Plan(UUID.randomUUID().toString(), Plan.Kind.ADD, h.host(), h.uri(), d.name(), mac, a.pool(), xml,
                steps, List.of(impact), notes, live ? e : null, config ? e : null,
                type == InterfaceType.BRIDGE ? a.sourceName() : null, null);
    }

    /**
     * A live add needs a free hotplug port (q35) or PCI slot (i440fx) in the running VM; without one
     * libvirt fails at apply ("No more available PCI slots"), so the plan is refused here with the
     * reason, offering the persistent definition only when the VM has one.
     */
    private static void requireHotplugSlot(DomainState d) throws PatchbayException {
        if (d.liveXml() == null) {
            return;
        }
        HotplugSlots.Capacity cap = HotplugSlots.of(DeviceXml.parse(d.liveXml(), "the live XML of VM " + d.name()));
        if (!cap.full()) {
            return;
        }
        Sentence why = Sentence.of(cap.pcie() ? "ops.slot.noPcieRootPort" : "ops.slot.noPciSlot", d.name(), cap.ports());
        if (!d.persistent()) {
            throw new PatchbayException(Reason.REFUSED, Sentence.of("ops.slot.transient", why));
        }
        throw new LiveChangeRefused(LiveLimit.NO_FREE_SLOT, Sentence.of("ops.slot.configInstead", why), why);
    }

    private static Plan move(Ctx c, VnicIntent.Move m) throws PatchbayException {
        requireBridge(c.host(), m.bridge(), c.notes());
        if (ReplugPlanner.needed(c, m)) {
            return ReplugPlanner.replug(c, m);
        }
        List<Step> steps = new ArrayList<>();
        String from = null;
        String xml = null;
        Expectation live = null;
        Expectation conf = null;
        for (Element e : new Element[] {c.live() ? c.liveIf() : null, c.config() ? c.confIf() : null}) {
            if (e == null) {
                continue;
            }
            boolean isLive = e == c.liveIf();
            String type = e.getAttribute("type");
            InterfaceType onType = InterfaceType.of(type).orElse(null);
            if (onType == null) {
                throw Refusal.NOT_MOVABLE_TYPE.of(c.mac(), c.d().name(), type);
            }
            String was = onType == InterfaceType.BRIDGE ? DeviceXml.sourceOf(e) : "network " + DeviceXml.sourceOf(e);
            from = from == null ? was : from;
            Expectation ex = new Expectation(true, InterfaceType.BRIDGE.xmlName(), m.bridge(), null, DeviceXml.pciOf(e),
                    isLive ? DeviceXml.targetOf(e) : null);
            if (onType == InterfaceType.BRIDGE && m.bridge().equals(DeviceXml.sourceOf(e))) {
                c.notes().add(Note.of(Note.Kind.ALREADY_ON_BRIDGE, PlanWord.side(isLive), m.bridge()));
            } else {
                String next = DeviceXml.withSource(e, InterfaceType.BRIDGE.xmlName(), m.bridge());
                xml = xml == null || isLive ? next : xml;
                steps.add(new Step(Step.Action.UPDATE, isLive ? Step.LIVE : Step.CONFIG, next, DeviceXml.write(e),
                        !isLive && c.redefine(), false));
            }
            if (isLive) {
                live = ex;
            } else {
                conf = ex;
            }
        }
        String impact = "VM " + c.d().name() + " vNIC " + c.mac() + " moves from " + from + " to bridge " + m.bridge()
                + " (" + words(live != null, conf != null) + "; same MAC and PCI address, no unplug)";
        return new Plan(UUID.randomUUID().toString(), Plan.Kind.MOVE, c.host().host(), c.host().uri(), c.d().name(),
                c.mac(), null, xml == null ? DeviceXml.write(c.liveIf() != null ? c.liveIf() : c.confIf()) : xml, steps,
                List.of(impact), c.notes(), live, conf, m.bridge(), null);
    }

    private static Plan link(Ctx c, VnicIntent.Link l) {
        String state = l.up() ? "up" : "down";
        List<Step> steps = new ArrayList<>();
        String xml = null;
        for (Element e : new Element[] {c.live() ? c.liveIf() : null, c.config() ? c.confIf() : null}) {
            if (e == null) {
                continue;
            }
            boolean isLive = e == c.liveIf();
            if (state.equals(DeviceXml.linkOf(e))) {
                c.notes().add(Note.of(Note.Kind.LINK_ALREADY, PlanWord.side(isLive), state));
                continue;
            }
            String next = DeviceXml.withLink(e, state);
            xml = xml == null || isLive ? next : xml;
            steps.add(new Step(Step.Action.UPDATE, isLive ? Step.LIVE : Step.CONFIG, next, DeviceXml.write(e),
                    !isLive && c.redefine(), false));
        }
        Expectation live = c.live() ? new Expectation(true, null, null, state, DeviceXml.pciOf(c.liveIf()),
                DeviceXml.targetOf(c.liveIf())) : null;
        Expectation conf = c.config() ? new Expectation(true, null, null, state, null, null) : null;
        String impact = "VM " + c.d().name() + " vNIC " + c.mac() + ": link " + state + " (" + words(c.live(), c.config())
                + ")";
        return new Plan(UUID.randomUUID().toString(), Plan.Kind.LINK, c.host().host(), c.host().uri(), c.d().name(),
                c.mac(), null, xml == null ? DeviceXml.write(c.liveIf() != null ? c.liveIf() : c.confIf()) : xml, steps,
                List.of(impact), c.notes(), live, conf, null, null);
    }

    private static Plan remove(Ctx c, VnicIntent.Remove r) {
        List<Step> steps = new ArrayList<>();
        String from = null;
        if (c.live()) {
            steps.add(new Step(Step.Action.DETACH, Step.LIVE, DeviceXml.write(c.liveIf()), null, false, false));
            from = DeviceXml.sourceOf(c.liveIf()) != null ? c.liveIf().getAttribute("type") + " "
                    + DeviceXml.sourceOf(c.liveIf()) : null;
        }
        if (c.config()) {
            steps.add(new Step(Step.Action.DETACH, Step.CONFIG, DeviceXml.write(c.confIf()), null, c.redefine(), false));
            if (from == null && DeviceXml.sourceOf(c.confIf()) != null) {
                from = c.confIf().getAttribute("type") + " " + DeviceXml.sourceOf(c.confIf());
            }
        }
        Duration wait = r.removalWait() == null ? DEFAULT_WAIT : r.removalWait();
        if (c.live()) {
            c.notes().add(Note.of(Note.Kind.REMOVAL_WAIT, wait.toSeconds()));
        }
        String impact = "VM " + c.d().name() + " loses vNIC " + c.mac() + (from == null ? "" : " (on " + from + ")")
                + " (" + words(c.live(), c.config()) + ")";
        return new Plan(UUID.randomUUID().toString(), Plan.Kind.REMOVE, c.host().host(), c.host().uri(), c.d().name(),
                c.mac(), null, DeviceXml.write(c.liveIf() != null ? c.liveIf() : c.confIf()), steps, List.of(impact),
                c.notes(), c.live() ? Expectation.absent() : null, c.config() ? Expectation.absent() : null, null,
                c.live() ? wait : null);
    }

    static void requireBridge(HostState h, String bridge, List<Note> notes) throws PatchbayException {
        if (bridge == null || bridge.isBlank()) {
            throw Refusal.NO_BRIDGE_GIVEN.of();
        }
        if (h.bridges() == null) {
            notes.add(Note.of(Note.Kind.BRIDGES_UNREADABLE, h.host()));
        } else if (!h.bridges().contains(bridge)) {
            throw Refusal.BRIDGE_NOT_FOUND.of(bridge, h.host(), list(h.bridges()));
        }
    }

    private static Object list(Set<String> names) {
        return names.isEmpty() ? PlanWord.NONE.sentence() : String.join(", ", new TreeSet<>(names));
    }

    static String words(boolean live, boolean config) {
        return live && config ? "live and config" : live ? "live only" : "config only";
    }
}
