package io.patchbay.ui.change;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.MacAddresses;
import io.patchbay.ops.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a change crosses the console's own path to its hosts. Plain Java over what the console
 * knows; an admin is warned (not stopped) when:
 * <ul>
 *   <li>the VM is this computer: one of its MACs is the vNIC's (the console would cut itself off);</li>
 *   <li>the VM is another host of this console (nested: its name or address is how the console reaches it);</li>
 *   <li>the bridge the vNIC joins carries the address the console reaches the host by (the VM joins
 *       the host's management network);</li>
 *   <li>the bridge the vNIC leaves or whose vNIC changes carries that address (the change touches the
 *       console's own path to the host).</li>
 * </ul>
 */
public final class ManagementPath {
    private ManagementPath() {
    }

    /**
     * @param host            the host's snapshot (its bridges' addresses), or null when not known
     * @param fromBridge      the bridge the vNIC is on before the change, or null
     * @param managementIps   the addresses the console reaches the host by (resolved); empty when the
     *                        host is this computer
     * @param consoleMacs     this computer's own MACs
     * @param managedHosts    every host of the console: name on the graph to how it is reached (name or
     *                        address, may be null)
     */
    public static List<Message> warnings(Plan plan, HostTopology host, String fromBridge, Set<String> managementIps,
                                         Set<String> consoleMacs, Map<String, String> managedHosts) {
        List<Message> out = new ArrayList<>();
        String mac = MacAddresses.normalize(plan.mac());
        if (mac != null && consoleMacs.stream().map(MacAddresses::normalize).anyMatch(mac::equals)) {
            out.add(Message.of("warn.consoleVm", plan.vm(), mac));
        }
        String vm = plan.vm().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> h : managedHosts.entrySet()) {
            if (h.getKey().equals(plan.host())) {
                continue;
            }
            if (sameName(vm, h.getKey()) || (h.getValue() != null && sameName(vm, h.getValue()))) {
                out.add(Message.of("warn.vmIsHost", plan.vm(), h.getKey()));
            }
        }
        if (host == null || managementIps.isEmpty()) {
            return out;
        }
        String to = plan.kind() == Plan.Kind.REMOVE || plan.kind() == Plan.Kind.LINK ? null : plan.bridge();
        if (to != null) {
            String ip = addressOn(host, to, managementIps);
            if (ip != null) {
                out.add(Message.of("warn.joinsManagement", to, ip, plan.host(), plan.vm()));
            }
        }
        if (fromBridge != null && !fromBridge.equals(to)) {
            String ip = addressOn(host, fromBridge, managementIps);
            if (ip != null) {
                out.add(Message.of("warn.touchesManagement", fromBridge, ip, plan.host()));
            }
        }
        return out;
    }

    /** "web1" matches "web1", "web1.example.org" and "WEB1". */
    private static boolean sameName(String vm, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int at = n.lastIndexOf('@');
        n = at < 0 ? n : n.substring(at + 1);
        return n.equals(vm) || n.startsWith(vm + ".");
    }

    /** The management address that bridge {@code name} carries, or null. */
    static String addressOn(HostTopology host, String name, Set<String> ips) {
        Device d = host.device(name).orElse(null);
        if (d == null) {
            return null;
        }
        for (String a : d.addresses()) {
            int slash = a.indexOf('/');
            String ip = (slash < 0 ? a : a.substring(0, slash)).toLowerCase(Locale.ROOT);
            if (ips.stream().anyMatch(i -> i.toLowerCase(Locale.ROOT).equals(ip))) {
                return ip;
            }
        }
        return null;
    }
}
