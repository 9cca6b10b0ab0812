package io.patchbay.ops;

import java.time.Duration;

/** What the user wants done to a VM's vNICs; the {@link Planner} turns it into a {@link Plan} or refuses. */
public sealed interface VnicIntent {
    /** The VM the change is about. */
    String vm();

    /** Which of the live and persistent definitions were asked for (neither: the docs/CLI.md default). */
    ScopeRequest scope();

    /** The same intent for the persistent definition only (what a refused live change is offered instead). */
    default VnicIntent configOnly() {
        ScopeRequest config = new ScopeRequest(false, true);
        if (this instanceof Add a) {
            return new Add(a.vm(), a.sourceType(), a.sourceName(), a.mac(), a.pool(), a.model(), config, a.vlan(),
                    a.portgroup());
        }
        if (this instanceof Move m) {
            return new Move(m.vm(), m.mac(), m.bridge(), config, m.vlan());
        }
        if (this instanceof Vlan v) {
            return new Vlan(v.vm(), v.mac(), v.vlan(), config);
        }
        if (this instanceof Link l) {
            return new Link(l.vm(), l.mac(), l.up(), config);
        }
        Remove r = (Remove) this;
        return new Remove(r.vm(), r.mac(), config, r.removalWait());
    }

    /**
     * Create a vNIC. {@code mac} is given by hand or was reserved from {@code pool} (then both are set).
     *
     * @param sourceType bridge or network
     * @param model      virtio, e1000e, e1000 or rtl8139
     */
    record Add(String vm, String sourceType, String sourceName, String mac, String pool, String model,
               ScopeRequest scope, VlanRequest vlan, String portgroup) implements VnicIntent {
        public Add {
            vlan = vlan == null ? VlanRequest.NONE : vlan;
        }

        /** An add without VLAN and portgroup. */
        public Add(String vm, String sourceType, String sourceName, String mac, String pool, String model,
                   ScopeRequest scope) {
            this(vm, sourceType, sourceName, mac, pool, model, scope, VlanRequest.NONE, null);
        }
    }

    /**
     * Move the vNIC with guest MAC {@code mac} to another bridge (same MAC and PCI address, no
     * unplug where libvirt can change the source live; else a replug, see {@link LiveLimit#REPLUG}).
     * {@code vlan} is the VLAN on the new bridge, or null to keep the vNIC's own (dropped when the
     * new bridge is a Linux bridge, which cannot take one).
     */
    record Move(String vm, String mac, String bridge, ScopeRequest scope, VlanRequest vlan) implements VnicIntent {
        /** A move keeping the vNIC's VLAN where the new bridge can carry it. */
        public Move(String vm, String mac, String bridge, ScopeRequest scope) {
            this(vm, mac, bridge, scope, null);
        }
    }

    /** Set the {@code <vlan>} of the vNIC with guest MAC {@code mac} (NONE removes it). */
    record Vlan(String vm, String mac, VlanRequest vlan, ScopeRequest scope) implements VnicIntent {
    }

    /** Set the link of the vNIC with guest MAC {@code mac} up or down. */
    record Link(String vm, String mac, boolean up, ScopeRequest scope) implements VnicIntent {
    }

    /** Remove the vNIC; a live removal waits for the guest to release it up to {@code wait}. */
    record Remove(String vm, String mac, ScopeRequest scope, Duration removalWait) implements VnicIntent {
    }
}
