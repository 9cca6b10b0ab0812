package io.patchbay.problems;

import io.patchbay.model.HostTopology;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One MAC on two vNICs: on one host (two VMs, or twice in one VM), or on VMs of two hosts. The
 * error when at least two of them run (the frames of one reach the other), else a warning (it
 * breaks once both run).
 */
final class DuplicateMacCheck {
    private DuplicateMacCheck() {
    }

    /** Where a MAC is used: host, VM, whether it runs. */
    record Use(String host, String vm, boolean running) {
        String place(boolean withHost) {
            return withHost ? host + "/" + vm : vm;
        }
    }

    static void onHost(HostTopology host, List<Problem> out) {
        for (Map.Entry<String, List<Use>> e : usesByMac(List.of(host)).entrySet()) {
            if (e.getValue().size() > 1) {
                out.add(problem(Finding.DUPLICATE_MAC_ON_HOST, e.getKey(), e.getValue(), false));
            }
        }
    }

    /** For each host, the duplicates whose uses span more than one host (each host gets the problem). */
    static Map<String, List<Problem>> acrossHosts(List<HostTopology> hosts) {
        Map<String, List<Problem>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Use>> e : usesByMac(hosts).entrySet()) {
            Set<String> hostNames = new LinkedHashSet<>();
            e.getValue().forEach(u -> hostNames.add(u.host()));
            if (hostNames.size() < 2) {
                continue;
            }
            Problem p = problem(Finding.DUPLICATE_MAC_ACROSS_HOSTS, e.getKey(), e.getValue(), true);
            hostNames.forEach(h -> out.computeIfAbsent(h, k -> new ArrayList<>()).add(p));
        }
        return out;
    }

    private static Map<String, List<Use>> usesByMac(List<HostTopology> hosts) {
        Map<String, List<Use>> byMac = new LinkedHashMap<>();
        for (HostTopology h : hosts) {
            for (Vm vm : h.vms()) {
                for (Vnic v : vm.vnics()) {
                    String mac = MacAddresses.normalize(v.mac());
                    if (mac != null) {
                        byMac.computeIfAbsent(mac, k -> new ArrayList<>()).add(new Use(h.name(), vm.name(),
                                VmFacts.running(vm)));
                    }
                }
            }
        }
        return byMac;
    }

    private static Problem problem(Finding f, String mac, List<Use> uses, boolean withHost) {
        long running = uses.stream().filter(Use::running).count();
        List<String> subjects = new ArrayList<>();
        subjects.add(mac);
        List<String> places = new ArrayList<>();
        for (Use u : uses) {
            if (!subjects.contains(u.vm())) {
                subjects.add(u.vm());
            }
            places.add(u.place(withHost));
        }
        return new Problem(f, running >= 2 ? Severity.ERROR : Severity.WARNING, subjects,
                List.of(mac, String.join(", ", places)));
    }
}
