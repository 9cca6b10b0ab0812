package io.patchbay.discovery;

import io.patchbay.discovery.parse.DeviceFacts;
import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code /proc/net/bonding} file saved under another name ("proc-net-bonding-bond0") names no
 * bond: the bond it describes is the one other outputs show with the same members and mode.
 */
final class BondFileMatch {
    private BondFileMatch() {
    }

    /**
     * @param file   the facts of the file's bond (named after the file)
     * @param others every other device's facts, by name
     * @return the one bond whose members and mode are the file's, or null when none or several are
     */
    static String bondOf(List<DeviceFacts> file, Map<String, List<DeviceFacts>> others) {
        Set<String> members = new HashSet<>();
        String mode = null;
        for (DeviceFacts f : file) {
            f.bondSlaves.stream().map(BondSlave::name).forEach(members::add);
            mode = mode != null ? mode : f.bondMode;
        }
        if (members.isEmpty()) {
            return null;
        }
        Map<String, Set<String>> membersOf = new java.util.HashMap<>();
        for (var e : others.entrySet()) {
            for (DeviceFacts f : e.getValue()) {
                if (f.master != null && ("bond_slave".equals(f.slaveKind) || f.slaveState != null)) {
                    membersOf.computeIfAbsent(f.master, k -> new HashSet<>()).add(e.getKey());
                }
                f.bondSlaves.forEach(s -> membersOf.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(s.name()));
            }
        }
        String found = null;
        for (var e : membersOf.entrySet()) {
            List<DeviceFacts> bond = others.getOrDefault(e.getKey(), List.of());
            boolean isBond = bond.stream().anyMatch(f -> f.kind == DeviceKind.BOND || "bond".equals(f.linkInfoKind));
            String theirMode = bond.stream().map(f -> f.bondMode).filter(m -> m != null).findFirst().orElse(null);
            if (isBond && e.getValue().equals(members) && sameMode(mode, theirMode)) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** Modes agree when either is unknown, or both name the same kernel mode. */
    static boolean sameMode(String a, String b) {
        return a == null || b == null || kernelWord(a).equals(kernelWord(b));
    }

    /** The bonding file's words ("fault-tolerance (active-backup)") as iproute2's (active-backup). */
    static String kernelWord(String mode) {
        String m = mode.toLowerCase(Locale.ROOT).strip();
        if (m.contains("802.3ad")) {
            return "802.3ad";
        }
        if (m.contains("round-robin") || m.equals("balance-rr")) {
            return "balance-rr";
        }
        if (m.contains("active-backup")) {
            return "active-backup";
        }
        if (m.contains("(xor)") || m.equals("balance-xor")) {
            return "balance-xor";
        }
        if (m.contains("broadcast")) {
            return "broadcast";
        }
        if (m.startsWith("transmit load balancing") || m.equals("balance-tlb")) {
            return "balance-tlb";
        }
        if (m.startsWith("adaptive load balancing") || m.equals("balance-alb")) {
            return "balance-alb";
        }
        return m;
    }
}
