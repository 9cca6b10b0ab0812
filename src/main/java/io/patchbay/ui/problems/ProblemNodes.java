package io.patchbay.ui.problems;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.Vnic;
import io.patchbay.problems.Problem;
import io.patchbay.ui.change.VnicRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph nodes a problem is about, in the order of its subjects: a device name is its device
 * node, a VM name its VM node, a MAC the node of each vNIC with that MAC (of the problem's VMs when
 * it names any, else of every VM of the host). Subjects the picture does not show (a collapsed
 * bridge's vNICs) have no node. Plain Java.
 */
public final class ProblemNodes {
    private ProblemNodes() {
    }

    public static List<String> of(Map<String, GraphSubject> subjects, String host, Problem p) {
        List<String> vms = p.subjects().stream().filter(s -> subjects.get(TopologyGraph.vmId(host, s))
                instanceof GraphSubject.OfVm).toList();
        Set<String> out = new LinkedHashSet<>();
        for (String s : p.subjects()) {
            String device = TopologyGraph.deviceId(host, s);
            String vm = TopologyGraph.vmId(host, s);
            if (subjects.get(device) instanceof GraphSubject.OfDevice) {
                out.add(device);
            } else if (subjects.containsKey(vm)) {
                out.add(vm);
            } else if (MacAddresses.isMac(s)) {
                out.addAll(vnicNodes(subjects, host, vms.isEmpty() ? vmsOf(subjects, host) : vms, s));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> vnicNodes(Map<String, GraphSubject> subjects, String host, List<String> vms, String mac) {
        List<String> out = new ArrayList<>();
        for (String vm : vms) {
            if (subjects.get(TopologyGraph.vmId(host, vm)) instanceof GraphSubject.OfVm v
                    && v.vm().vnics().stream().map(Vnic::mac).anyMatch(mac::equalsIgnoreCase)) {
                String node = VnicRef.nodeOf(subjects, host, vm, mac);
                if (node != null) {
                    out.add(node);
                }
            }
        }
        return out;
    }

    private static List<String> vmsOf(Map<String, GraphSubject> subjects, String host) {
        return subjects.values().stream().filter(s -> s instanceof GraphSubject.OfVm && s.host().equals(host))
                .map(s -> ((GraphSubject.OfVm) s).vm().name()).toList();
    }
}
