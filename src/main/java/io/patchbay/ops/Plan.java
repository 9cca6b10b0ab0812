package io.patchbay.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A vNIC change worked out before anything is touched: the exact device XML, the ordered libvirt
 * steps, what it changes (impact), what verify must find, and how to undo it (the reverse steps).
 *
 * @param kind       add, move, link or remove
 * @param mac        the guest MAC of the vNIC concerned
 * @param pool       the MAC pool the MAC was reserved from, or null when given by hand
 * @param deviceXml  the interface XML as it will be (for remove: as it is)
 * @param live       what verify must find in the live XML, or null when live is untouched
 * @param config     what verify must find in the persistent XML, or null when it is untouched
 * @param bridge     the bridge the tap must be a port of afterwards (tap check), or null
 * @param removalWait       for a live remove: how long to wait for the guest to release the device
 * @param liveLimit  what the running VM cannot take as asked (config only, or a replug), or null
 * @param undoOf     the plan id of the journaled change this plan takes back (an undo), or null
 */
public record Plan(String id, Kind kind, String host, String uri, String vm, String mac, String pool,
                   String deviceXml, List<Step> steps, List<String> impact, List<Note> notes,
                   Expectation live, Expectation config, String bridge, Duration removalWait, LiveLimit liveLimit,
                   String undoOf) {
    /**
     * The operations. REPLUG is a move libvirt cannot make live (an Open vSwitch bridge on either
     * side): unplug and plug again with the same MAC, model and PCI address.
     */
    public enum Kind { ADD, MOVE, LINK, REMOVE, VLAN, REPLUG }

    public Plan {
        steps = List.copyOf(steps);
        impact = List.copyOf(impact);
        notes = List.copyOf(notes);
    }

    /** A plan that is not an undo. */
    public Plan(String id, Kind kind, String host, String uri, String vm, String mac, String pool, String deviceXml,
                List<Step> steps, List<String> impact, List<Note> notes, Expectation live, Expectation config,
                String bridge, Duration removalWait, LiveLimit liveLimit) {
        this(id, kind, host, uri, vm, mac, pool, deviceXml, steps, impact, notes, live, config, bridge, removalWait,
                liveLimit, null);
    }

    /** A plan without a live limit. */
    public Plan(String id, Kind kind, String host, String uri, String vm, String mac, String pool, String deviceXml,
                List<Step> steps, List<String> impact, List<Note> notes, Expectation live, Expectation config,
                String bridge, Duration removalWait) {
        this(id, kind, host, uri, vm, mac, pool, deviceXml, steps, impact, notes, live, config, bridge, removalWait,
                null, null);
    }

    /** This plan as the undo of the journaled change {@code planId}. */
    public Plan asUndoOf(String planId) {
        return new Plan(id, kind, host, uri, vm, mac, pool, deviceXml, steps, impact, notes, live, config, bridge,
                removalWait, liveLimit, planId);
    }

    /** The notes in the command line's English. */
    public List<String> noteTexts() {
        return notes.stream().map(Note::english).toList();
    }

    /** The steps that undo this plan, in the order to run them. */
    public List<Step> reverse() {
        List<Step> r = new ArrayList<>();
        steps.forEach(s -> r.add(s.undo()));
        Collections.reverse(r);
        return r;
    }

    /** One line for lists and the journal: "add 52:54:00:fb:00:01 to pbguest1 on bridge pbbr0". */
    public String summary() {
        return impact.isEmpty() ? kind.name().toLowerCase() + " " + mac + " on " + vm : impact.get(0);
    }
}
