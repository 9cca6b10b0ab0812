package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.model.InterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * Plans a change of a vNIC's {@code <vlan>}: {@code updateDeviceFlags} with the vNIC's own XML and
 * only the {@code <vlan>} changed. libvirt changes it live on an Open vSwitch port (the port's tag
 * changes, same tap and PCI address); on a Linux bridge it refuses a live {@code <vlan>}, so there
 * the plan offers the persistent definition only ({@link LiveLimit#VLAN_NEEDS_OVS}).
 */
final class PortVlanPlanner {
    private PortVlanPlanner() {
    }

    static Plan vlan(Planner.Ctx c, VnicIntent.Vlan v) throws PatchbayException {
        boolean live = c.live();
        LiveLimit limit = null;
        if (live && !onOvs(c.host(), c.liveIf())) {
            Sentence where = where(c.liveIf());
            Sentence why = PlanWord.VLAN_NOT_LIVE.sentence(c.mac(), c.d().name(), where);
            if (!c.config()) {
                throw new LiveChangeRefused(LiveLimit.VLAN_NEEDS_OVS,
                        Refusal.LIVE_VLAN_CONFIG_ONLY.sentence(c.mac(), c.d().name(), where), why);
            }
            if (!c.scopeWasDefault()) {
                throw new LiveChangeRefused(LiveLimit.VLAN_NEEDS_OVS,
                        Refusal.LIVE_VLAN_NOT_BOTH.sentence(c.mac(), c.d().name(), where), why);
            }
            c.notes().add(Note.of(Note.Kind.VLAN_CONFIG_ONLY, c.mac(), c.d().name(), where));
            live = false;
            limit = LiveLimit.VLAN_NEEDS_OVS;
        }
        List<Step> steps = new ArrayList<>();
        String xml = null;
        for (Element e : new Element[] {live ? c.liveIf() : null, c.config() ? c.confIf() : null}) {
            if (e == null) {
                continue;
            }
            boolean isLive = e == c.liveIf();
            String type = e.getAttribute("type");
            if (InterfaceType.of(type).isEmpty()) {
                throw Refusal.NO_VLAN_TYPE.of(c.mac(), c.d().name(), type);
            }
            if (v.vlan().equals(DeviceXml.vlanOf(e))) {
                c.notes().add(Note.of(Note.Kind.VLAN_ALREADY, PlanWord.side(isLive), v.vlan().describe()));
                continue;
            }
            String next = DeviceXml.withVlan(e, v.vlan());
            xml = xml == null || isLive ? next : xml;
            steps.add(new Step(Step.Action.UPDATE, isLive ? Step.LIVE : Step.CONFIG, next, DeviceXml.write(e),
                    !isLive && c.redefine(), false));
        }
        Expectation liveX = live ? new Expectation(true, null, null, null, DeviceXml.pciOf(c.liveIf()),
                DeviceXml.targetOf(c.liveIf()), v.vlan()) : null;
        Expectation confX = c.config() ? new Expectation(true, null, null, null, null, null, v.vlan()) : null;
        String impact = "VM " + c.d().name() + " vNIC " + c.mac() + ": " + v.vlan().describe() + " ("
                + Planner.words(live, c.config()) + (live ? "; same tap and PCI address, no unplug" : "") + ")";
        Element shown = live ? c.liveIf() : c.confIf();
        return new Plan(UUID.randomUUID().toString(), Plan.Kind.VLAN, c.host().host(), c.host().uri(), c.d().name(),
                c.mac(), null, xml == null ? DeviceXml.write(shown) : xml, steps, List.of(impact), c.notes(), liveX,
                confX, live ? DeviceXml.bridgeOf(c.liveIf()) : null, null, limit);
    }

    /** The live vNIC is a port of an Open vSwitch bridge (its virtualport says so, or the host does). */
    static boolean onOvs(HostState h, Element liveIf) {
        return DeviceXml.isOvs(liveIf) || h.isOvs(DeviceXml.bridgeOf(liveIf));
    }

    private static Sentence where(Element iface) {
        String br = DeviceXml.bridgeOf(iface);
        return br == null ? PlanWord.SOURCE_TYPE.sentence(iface.getAttribute("type")) : PlanWord.LINUX_BRIDGE.sentence(br);
    }
}
