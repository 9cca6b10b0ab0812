package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs a {@link Plan}: apply its steps in order, verify by reading the host again, and on any
 * failure undo what was applied (reconnecting once when the connection dropped), release a
 * reserved MAC, and report honestly what is left.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
    private static final Duration UNDO_WAIT = Duration.ofSeconds(10);

    /** Called before each step; tests use it to cut the connection between steps. */
    @FunctionalInterface
    public interface StepHook {
        void beforeStep(int index, Step step);
    }

    private final DomainDevices devices;
    private final TapVerifier tapVerifier;
    private final MacSupply macs;
    private final StepHook hook;

    /**
     * @param tapVerifier null when the host is not also read over SSH/locally
     * @param macs        null when no MAC came from a pool
     * @param hook        null for none
     */
    public Executor(DomainDevices devices, TapVerifier tapVerifier, MacSupply macs, StepHook hook) {
        this.devices = devices;
        this.tapVerifier = tapVerifier;
        this.macs = macs;
        this.hook = hook;
    }

    /** Applies, verifies and (on failure) rolls back {@code plan}. Never throws for libvirt trouble. */
    public Outcome execute(Plan plan) {
        PlanRun run = new PlanRun(plan);
        run.transition(PlanState.APPLYING);
        List<Step> applied = new ArrayList<>();
        boolean pending = false;
        for (int i = 0; i < plan.steps().size(); i++) {
            Step s = plan.steps().get(i);
            if (hook != null) {
                hook.beforeStep(i, s);
            }
            try {
                run(plan, s);
                applied.add(s);
                run.event("step " + (i + 1) + " done: " + s.describe());
                if (s.action() == Step.Action.DETACH && (s.flags() & Step.LIVE) != 0 && !s.redefine()) {
                    Duration wait = plan.removalWait() == null ? Planner.DEFAULT_WAIT : plan.removalWait();
                    String how = devices.awaitRemoved(plan.vm(), plan.mac(), wait);
                    if (how != null) {
                        run.event("removed: the guest released vNIC " + plan.mac() + " (" + how + ")");
                    } else if (plan.kind() == Plan.Kind.REPLUG) {
                        run.event("the guest has not released vNIC " + plan.mac() + " within " + wait.toSeconds()
                                + " s: it cannot be plugged into the new bridge");
                        return fail(run, "step " + (i + 1) + " of " + plan.steps().size() + " (unplug) did not finish:"
                                + " the guest has not released vNIC " + plan.mac() + " within " + wait.toSeconds()
                                + " s", Reason.REMOTE_FAILED, applied);
                    } else {
                        pending = true;
                        run.event("removal pending: the guest has not released vNIC " + plan.mac() + " within "
                                + wait.toSeconds() + " s");
                    }
                }
            } catch (PatchbayException e) {
                run.event("step " + (i + 1) + " failed: " + e.getMessage());
                String gone = s.action() == Step.Action.DETACH ? null : bridgeGone(plan);
                if (gone != null) {
                    return fail(run, "step " + (i + 1) + " of " + plan.steps().size() + " (" + s.describe() + ") failed: "
                            + gone + " (libvirt: " + e.getMessage() + ")", Reason.NOT_FOUND, applied);
                }
                return fail(run, "step " + (i + 1) + " of " + plan.steps().size() + " (" + s.describe() + ") failed: "
                        + e.getMessage(), e.reason(), applied);
            }
        }
        run.transition(PlanState.APPLIED);
        Verified v;
        try {
            v = verify(plan, pending);
        } catch (PatchbayException e) {
            return fail(run, "verifying failed: " + e.getMessage(), e.reason(), applied);
        }
        if (v.problem() != null) {
            return fail(run, "verify failed: " + v.problem(), Reason.REMOTE_FAILED, applied);
        }
        if (pending) {
            run.event("removal pending");
            return new Outcome(PlanState.APPLIED, "removal pending: VM " + plan.vm() + " has not released vNIC "
                    + plan.mac() + " within the wait; libvirt removes it when the guest acknowledges"
                    + (plan.config() != null ? " (the persistent definition no longer has it)" : ""), null, true,
                    List.of(), v.tap(), v.pci(), run.events());
        }
        run.transition(PlanState.VERIFIED);
        if (plan.pool() != null && macs != null) {
            try {
                macs.commit(plan.pool(), plan.mac());
            } catch (PatchbayException e) {
                LOG.warn("MAC {} applied but could not be recorded in pool {}: {}", plan.mac(), plan.pool(), e.getMessage());
                run.event("MAC " + plan.mac() + " could not be recorded as used in pool " + plan.pool() + ": " + e.getMessage());
            }
        }
        return new Outcome(PlanState.VERIFIED, "done: " + plan.summary(), null, false, List.of(), v.tap(), v.pci(),
                run.events());
    }

    /**
     * After a failed step: when the plan's bridge has vanished from the host since the plan was
     * made, says so (the root cause, which libvirt words as "Cannot get interface MTU"); else null.
     */
    private String bridgeGone(Plan plan) {
        if (plan.bridge() == null || !devices.connected()) {
            return null;
        }
        try {
            HostState now = devices.read(plan.host());
            if (now.bridges() != null && !now.bridges().contains(plan.bridge())) {
                return "bridge '" + plan.bridge() + "' no longer exists on host " + plan.host()
                        + " (it was deleted after the plan was made)";
            }
        } catch (PatchbayException e) {
            LOG.debug("could not read host {} again to check bridge {}: {}", plan.host(), plan.bridge(), e.getMessage());
        }
        return null;
    }

    private void run(Plan plan, Step s) throws PatchbayException {
        String xml = s.xml();
        if (s.liveAddress()) {
            xml = withLiveAddress(plan, xml);
        }
        if (s.redefine()) {
            String change = xml;
            devices.redefine(plan.vm(), doc -> edit(doc, s.action(), change));
            return;
        }
        DeviceCall call = switch (s.action()) {
            case ATTACH -> devices::attach;
            case UPDATE -> devices::update;
            case DETACH -> devices::detach;
        };
        call.make(plan.vm(), xml, s.flags());
    }

    /** One of the three libvirt device calls a step makes. */
    private interface DeviceCall {
        void make(String vm, String xml, int flags) throws PatchbayException;
    }

    private static Sentence edit(Document doc, Step.Action action, String xml) {
        String mac = DeviceXml.macOf(DeviceXml.parseInterface(xml));
        return switch (action) {
            case ATTACH -> {
                if (DeviceXml.interfaceByMac(doc, mac) != null) {
                    yield Sentence.of("ops.redefine.alreadyHas", mac);
                }
                DeviceXml.addInterface(doc, xml);
                yield null;
            }
            case UPDATE -> DeviceXml.replaceInterface(doc, xml) ? null : Sentence.of("ops.redefine.noVnic", mac);
            case DETACH -> DeviceXml.removeInterface(doc, xml) ? null : Sentence.of("ops.redefine.noVnic", mac);
        };
    }

    /** The config XML with the PCI address the live attach of this plan got, so both agree. */
    private String withLiveAddress(Plan plan, String xml) throws PatchbayException {
        String live = devices.liveXml(plan.vm());
        Element liveIf = live == null ? null : DeviceXml.interfaceByMac(DeviceXml.parse(live, "live XML"), plan.mac());
        Element address = liveIf == null ? null : DeviceXml.child(liveIf, "address");
        if (address == null) {
            return xml;
        }
        Element iface = DeviceXml.parseInterface(xml);
        Node copy = iface.getOwnerDocument().importNode(address, true);
        iface.appendChild(copy);
        return DeviceXml.write(iface);
    }

    private record Verified(String problem, String tap, String pci) {
    }

    private Verified verify(Plan plan, boolean pending) throws PatchbayException {
        String tap = null;
        String pci = null;
        if (plan.live() != null) {
            String xml = devices.liveXml(plan.vm());
            if (xml == null) {
                return new Verified("VM " + plan.vm() + " is no longer running", null, null);
            }
            Element e = DeviceXml.interfaceByMac(DeviceXml.parse(xml, "live XML"), plan.mac());
            String p = problem(plan.live(), e, "live", pending);
            if (p != null) {
                return new Verified(p, null, null);
            }
            if (e != null) {
                tap = DeviceXml.targetOf(e);
                pci = DeviceXml.pciOf(e);
            }
        }
        if (plan.config() != null) {
            String xml = devices.configXml(plan.vm());
            Element e = xml == null ? null : DeviceXml.interfaceByMac(DeviceXml.parse(xml, "persistent XML"), plan.mac());
            String p = problem(plan.config(), e, "persistent", false);
            if (p != null) {
                return new Verified(p, null, null);
            }
            if (pci == null && e != null) {
                pci = DeviceXml.pciOf(e);
            }
        }
        if (tapVerifier != null && plan.bridge() != null && plan.live() != null && tap != null) {
            String p = tapVerifier.check(tap, plan.bridge());
            if (p == null && plan.live().vlan() != null) {
                p = tapVerifier.checkVlan(tap, plan.live().vlan());
            }
            if (p != null) {
                return new Verified(p, tap, pci);
            }
        }
        return new Verified(null, tap, pci);
    }

    private static String problem(Expectation x, Element e, String where, boolean pending) {
        if (!x.present()) {
            return e == null || pending ? null : "the " + where + " XML still has the vNIC";
        }
        if (e == null) {
            return "the " + where + " XML has no vNIC with that MAC";
        }
        Element sent = DeviceXml.sendable(e); // live XML shows network vNICs as type bridge
        if (x.sourceType() != null && !x.sourceType().equals(sent.getAttribute("type"))) {
            return "the " + where + " vNIC is of type " + sent.getAttribute("type") + ", expected " + x.sourceType();
        }
        if (x.source() != null && !x.source().equals(DeviceXml.sourceOf(sent))) {
            return "the " + where + " vNIC is on " + DeviceXml.sourceOf(sent) + ", expected " + x.source();
        }
        if (x.link() != null && !x.link().equals(DeviceXml.linkOf(e))) {
            return "the " + where + " link is " + DeviceXml.linkOf(e) + ", expected " + x.link();
        }
        if (x.pci() != null && !x.pci().equals(DeviceXml.pciOf(e))) {
            return "the " + where + " vNIC's PCI address changed from " + x.pci() + " to " + DeviceXml.pciOf(e);
        }
        if (x.vlan() != null && !sameVlan(x.vlan(), DeviceXml.vlanOf(e))) {
            return "the " + where + " vNIC has " + DeviceXml.vlanOf(e).describe() + ", expected " + x.vlan().describe();
        }
        if (x.target() != null && !x.target().equals(DeviceXml.targetOf(e))) {
            return "the " + where + " vNIC's tap changed from " + x.target() + " to " + DeviceXml.targetOf(e)
                    + " (it was unplugged)";
        }
        return null;
    }

    private Outcome fail(PlanRun run, String failure, Reason reason, List<Step> applied) {
        Plan plan = run.plan();
        LOG.info("plan {} failed: {}", plan.id(), failure);
        run.transition(PlanState.FAILED);
        List<String> undoProblems = new ArrayList<>();
        boolean reconnected = false;
        if (!devices.connected()) {
            reconnected = reconnect(run);
        }
        for (int i = applied.size() - 1; i >= 0; i--) {
            Step undo = applied.get(i).undo();
            try {
                undo(plan, undo);
                run.event("undone: " + undo.describe());
            } catch (PatchbayException e) {
                if (!reconnected && !devices.connected() && reconnect(run)) {
                    reconnected = true;
                    try {
                        undo(plan, undo);
                        run.event("undone after reconnecting: " + undo.describe());
                        continue;
                    } catch (PatchbayException again) {
                        e = again;
                    }
                }
                undoProblems.add(undo.describe() + ": " + e.getMessage());
                run.event("undo failed: " + undo.describe() + ": " + e.getMessage());
            }
        }
        List<Step> stillApplied = new ArrayList<>();
        String leftUnknown = null;
        try {
            stillApplied.addAll(stillApplied(plan));
        } catch (PatchbayException e) {
            leftUnknown = "the host could not be read again to check (" + e.getMessage() + ")";
        }
        String macNote = "";
        if (plan.pool() != null && macs != null) {
            boolean attachLeft = leftUnknown != null || stillApplied.stream().anyMatch(s -> s.action() == Step.Action.ATTACH);
            if (attachLeft) {
                macNote = "; MAC " + plan.mac() + " stays reserved in pool " + plan.pool() + " because it may still be in use";
            } else {
                try {
                    macs.release(plan.pool(), plan.mac());
                    macNote = "; MAC " + plan.mac() + " was released to pool " + plan.pool();
                } catch (PatchbayException e) {
                    macNote = "; MAC " + plan.mac() + " could not be released to pool " + plan.pool() + ": " + e.getMessage();
                }
            }
        }
        List<String> left = stillApplied.stream().map(Executor::leftWords).toList();
        if (left.isEmpty() && leftUnknown == null) {
            run.transition(PlanState.ROLLED_BACK);
            String undone;
            if (applied.isEmpty()) {
                undone = "nothing had been applied";
            } else if (undoProblems.isEmpty()) {
                undone = "rolled back " + applied.size() + " applied step(s)";
            } else {
                // e.g. the VM stopped: its live change went with it, the undo had nothing to act on
                undone = "rolled back " + (applied.size() - undoProblems.size()) + " of " + applied.size()
                        + " applied step(s); the host no longer shows the effect of the other " + undoProblems.size()
                        + " (its undo failed: " + undoProblems.get(0) + ")";
            }
            String asBefore = undoProblems.isEmpty() ? ", VM " + plan.vm() + " is as before" : "";
            return new Outcome(PlanState.ROLLED_BACK, failure + "; " + undone + asBefore + macNote, reason, false,
                    List.of(), null, null, run.events());
        }
        String what = leftUnknown != null ? leftUnknown : "still applied: " + String.join("; ", left);
        return new Outcome(PlanState.FAILED, failure + "; rollback incomplete, " + what + macNote, reason, false,
                leftUnknown != null ? List.of(leftUnknown) : left, null, null, run.events());
    }

    private boolean reconnect(PlanRun run) {
        try {
            devices.reconnect();
            run.event("reconnected to " + devices.uri());
            return true;
        } catch (PatchbayException e) {
            run.event("reconnecting to " + devices.uri() + " failed: " + e.getMessage());
            return false;
        }
    }

    private void undo(Plan plan, Step undo) throws PatchbayException {
        run(plan, undo);
        if (undo.action() == Step.Action.DETACH && (undo.flags() & Step.LIVE) != 0 && !undo.redefine()
                && devices.awaitRemoved(plan.vm(), plan.mac(), UNDO_WAIT) == null) {
            throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("vnic.notReleased", plan.mac(),
                    UNDO_WAIT.toSeconds()));
        }
    }

    /** "attach (live)": a step whose effect is still on the host, as the outcome says it. */
    private static String leftWords(Step s) {
        boolean isLive = (s.flags() & Step.LIVE) != 0 && !s.redefine();
        return s.action().name().toLowerCase() + " (" + (isLive ? "live" : "persistent") + ")";
    }

    /** Which of the plan's steps have their effect on the host now (read again). */
    private List<Step> stillApplied(Plan plan) throws PatchbayException {
        List<Step> left = new ArrayList<>();
        Document live = null;
        Document conf = null;
        for (Step s : plan.steps()) {
            boolean isLive = (s.flags() & Step.LIVE) != 0 && !s.redefine();
            Document doc;
            if (isLive) {
                if (live == null) {
                    String xml = devices.liveXml(plan.vm());
                    live = xml == null ? null : DeviceXml.parse(xml, "live XML");
                }
                doc = live;
            } else {
                if (conf == null) {
                    String xml = devices.configXml(plan.vm());
                    conf = xml == null ? null : DeviceXml.parse(xml, "persistent XML");
                }
                doc = conf;
            }
            Element now = doc == null ? null : DeviceXml.interfaceByMac(doc, plan.mac());
            if (plan.kind() == Plan.Kind.REPLUG ? replugEffectPresent(s, now) : effectPresent(s, now)) {
                left.add(s);
            }
        }
        return left;
    }

    /**
     * A replug unplugs and plugs the same MAC: its unplug is still in effect while the vNIC is
     * missing or on another bridge than before, its plug while the vNIC is on the new bridge.
     */
    private static boolean replugEffectPresent(Step s, Element now) {
        String stepBridge = DeviceXml.bridgeOf(DeviceXml.parseInterface(s.xml()));
        return switch (s.action()) {
            case ATTACH -> now != null && same(DeviceXml.bridgeOf(now), stepBridge);
            case DETACH -> now == null || !same(DeviceXml.bridgeOf(now), stepBridge);
            case UPDATE -> effectPresent(s, now);
        };
    }

    /** Same tags (in any order), same trunk-ness and native tag. */
    static boolean sameVlan(VlanRequest a, VlanRequest b) {
        return new HashSet<>(a.tags()).equals(new HashSet<>(b.tags())) && a.trunk() == b.trunk()
                && Objects.equals(a.nativeTag(), b.nativeTag());
    }

    private static boolean effectPresent(Step s, Element now) {
        return switch (s.action()) {
            case ATTACH -> now != null;
            case DETACH -> now == null;
            case UPDATE -> now != null && updateInEffect(s, now);
        };
    }

    /** An update is in effect when what it changed (source, link or VLAN) is now as it set it. */
    private static boolean updateInEffect(Step s, Element now) {
        Element want = DeviceXml.parseInterface(s.xml());
        Element was = DeviceXml.parseInterface(s.previousXml());
        boolean sourceChanged = !same(DeviceXml.sourceOf(want), DeviceXml.sourceOf(was));
        boolean linkChanged = !DeviceXml.linkOf(want).equals(DeviceXml.linkOf(was));
        boolean vlanChanged = !sameVlan(DeviceXml.vlanOf(want), DeviceXml.vlanOf(was));
        return sourceChanged && same(DeviceXml.sourceOf(now), DeviceXml.sourceOf(want))
                || linkChanged && DeviceXml.linkOf(now).equals(DeviceXml.linkOf(want))
                || vlanChanged && sameVlan(DeviceXml.vlanOf(now), DeviceXml.vlanOf(want));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
