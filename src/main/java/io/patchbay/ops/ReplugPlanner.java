package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.InterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * Plans a move libvirt cannot make live: with an Open vSwitch bridge on either side libvirt 9
 * refuses to change a running vNIC's source ("unable to change config on 'bridge' network type").
 * The vNIC is unplugged and plugged into the new bridge again with the same MAC, model, PCI
 * address, link and (where the bridge can carry it) VLAN. The guest sees the NIC go and come back:
 * this is never a seamless move, and the plan, the output and the journal say so (kind REPLUG).
 */
final class ReplugPlanner {
    private ReplugPlanner() {
    }

    /** A live move with an Open vSwitch bridge on either side. */
    static boolean needed(Planner.Ctx c, VnicIntent.Move m) {
        if (!c.live() || c.liveIf() == null || c.redefine()) {
            return false;
        }
        return PortVlanPlanner.onOvs(c.host(), c.liveIf()) || c.host().isOvs(m.bridge());
    }

    static Plan replug(Planner.Ctx c, VnicIntent.Move m) throws PatchbayException {
        Element liveIf = c.liveIf();
        String type = liveIf.getAttribute("type");
        if (InterfaceType.of(type).isEmpty()) {
            throw Refusal.NOT_MOVABLE_TYPE.of(c.mac(), c.d().name(), type);
        }
        String from = DeviceXml.bridgeOf(liveIf);
        if (m.bridge().equals(from)) {
            throw Refusal.ALREADY_ON_BRIDGE.of(c.mac(), c.d().name(), m.bridge());
        }
        boolean toOvs = c.host().isOvs(m.bridge());
        VlanRequest vlan = vlanOnNewBridge(c, m, toOvs);
        String fromWords = (PortVlanPlanner.onOvs(c.host(), liveIf) ? "Open vSwitch bridge " : "bridge ") + from;
        String toWords = (toOvs ? "Open vSwitch bridge " : "bridge ") + m.bridge();
        String unplug = DeviceXml.forReplug(liveIf, null, DeviceXml.isOvs(liveIf));
        String plug = DeviceXml.withVlan(DeviceXml.parseInterface(DeviceXml.forReplug(liveIf, m.bridge(), toOvs)), vlan);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Step.Action.DETACH, Step.LIVE, unplug, null, false, false));
        steps.add(new Step(Step.Action.ATTACH, Step.LIVE, plug, null, false, false));
        Expectation conf = null;
        if (c.config() && c.confIf() != null) {
            String next = DeviceXml.withVlan(DeviceXml.parseInterface(
                    DeviceXml.forReplug(c.confIf(), m.bridge(), toOvs)), vlan);
            steps.add(new Step(Step.Action.UPDATE, Step.CONFIG, next, DeviceXml.write(c.confIf()), false, false));
            conf = new Expectation(true, InterfaceType.BRIDGE.xmlName(), m.bridge(), null, DeviceXml.pciOf(c.confIf()),
                    null, vlan);
        }
        c.notes().add(Note.of(Note.Kind.REPLUG));
        c.notes().add(Note.of(Note.Kind.REPLUG_WAIT, Planner.DEFAULT_WAIT.toSeconds()));
        Expectation live = new Expectation(true, InterfaceType.BRIDGE.xmlName(), m.bridge(), null,
                DeviceXml.pciOf(liveIf), null, vlan);
        String impact = "VM " + c.d().name() + " vNIC " + c.mac() + " is unplugged from " + fromWords
                + " and plugged into " + toWords + (vlan.none() ? "" : " with " + vlan.describe()) + " ("
                + Planner.words(true, conf != null) + "; replug: the guest sees the NIC go and come back, same MAC,"
                + " model and PCI address)";
        return new Plan(UUID.randomUUID().toString(), Plan.Kind.REPLUG, c.host().host(), c.host().uri(),
                c.d().name(), c.mac(), null, plug, steps, List.of(impact), c.notes(), live, conf, m.bridge(), null,
                LiveLimit.REPLUG);
    }

    /** The VLAN asked for, else the vNIC's own; a Linux bridge carries none. */
    private static VlanRequest vlanOnNewBridge(Planner.Ctx c, VnicIntent.Move m, boolean toOvs)
            throws PatchbayException {
        VlanRequest own = DeviceXml.vlanOf(c.liveIf());
        VlanRequest vlan = m.vlan() != null ? m.vlan() : own;
        if (!toOvs && !vlan.none()) {
            if (m.vlan() != null) {
                throw Refusal.VLAN_NEEDS_OVS_BRIDGE.of(m.bridge(), vlan.describe());
            }
            c.notes().add(Note.of(Note.Kind.VLAN_DROPPED, m.bridge(), own.describe()));
            return VlanRequest.NONE;
        }
        return vlan;
    }
}
