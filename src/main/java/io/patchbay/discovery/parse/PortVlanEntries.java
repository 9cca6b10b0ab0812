package io.patchbay.discovery.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * What {@code bridge vlan show} says about one port, collected entry by entry (JSON or text):
 * the VLAN with the PVID flag is the port's pvid, an entry with "Egress Untagged" is untagged,
 * any other is tagged. A range {@code 200-201} is every id in it.
 */
final class PortVlanEntries {
    /** The ids a VLAN-filtering bridge accepts (0 and 4095 are reserved). */
    static final int MIN_ID = 1;
    static final int MAX_ID = 4094;

    private final Set<String> seenPorts = new HashSet<>();

    /**
     * The facts of {@code name}, or null (after a warning) when the output lists it twice.
     */
    DeviceFacts port(Observation obs, String name, int line) {
        if (!seenPorts.add(name)) {
            obs.warn(obs.origin() + ", line " + line + ": port " + name + " appears twice; the first is kept");
            return null;
        }
        return obs.device(name);
    }

    /** Adds the VLANs {@code first}..{@code last} with their flags to {@code port}. */
    static void add(DeviceFacts port, int first, int last, boolean pvid, boolean untagged) {
        if (pvid) {
            port.portPvid = first;
        }
        for (int id = first; id <= last; id++) {
            (untagged ? port.portUntagged : port.portTagged).add(id);
        }
    }

    /** Null when {@code first}..{@code last} is a valid VLAN range; else what is wrong with it. */
    static String problem(int first, int last) {
        if (first < MIN_ID || first > MAX_ID || last < MIN_ID || last > MAX_ID) {
            return "VLAN ids from " + MIN_ID + " to " + MAX_ID;
        }
        return last < first ? "a VLAN range whose end is not below its start" : null;
    }
}
