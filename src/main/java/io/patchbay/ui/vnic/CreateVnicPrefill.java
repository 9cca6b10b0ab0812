package io.patchbay.ui.vnic;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the create-vNIC dialog starts from.
 *
 * @param host      the host the VM lives on (shown in the header)
 * @param vm        the VM that gets the vNIC
 * @param vmRunning whether it runs: a live change needs a running VM
 * @param bridges   the host's bridges to choose from
 * @param bridge    the bridge chosen at first (e.g. the drop target), or null
 * @param pools     the MAC pools to choose from (the first is chosen at first)
 * @param whereUsed a MAC (lower case) to where it is used ("VM v on host h ..."), or null when free;
 *                  in memory, no I/O: it is asked on every keystroke
 * @param ovsBridges which of {@code bridges} are Open vSwitch bridges (a vNIC there can get a VLAN)
 * @param portgroups the host's libvirt networks that have portgroups, by name, with their portgroups' names
 * @param nextFromPool a pool's name to the MAC it would hand out next (as last read, skipping MACs
 *                  in use), or null when that is not known; in memory, no I/O
 */
public record CreateVnicPrefill(String host, String vm, boolean vmRunning, List<String> bridges, String bridge,
                                List<String> pools, Function<String, String> whereUsed, Set<String> ovsBridges,
                                Map<String, List<String>> portgroups, Function<String, String> nextFromPool) {
    public CreateVnicPrefill {
        Objects.requireNonNull(vm, "vm");
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
        pools = pools == null ? List.of() : List.copyOf(pools);
        whereUsed = whereUsed == null ? mac -> null : whereUsed;
        ovsBridges = ovsBridges == null ? Set.of() : Set.copyOf(ovsBridges);
        portgroups = portgroups == null ? Map.of() : Map.copyOf(portgroups);
        nextFromPool = nextFromPool == null ? pool -> null : nextFromPool;
    }

    /** A prefill that does not know the pools' next MACs. */
    public CreateVnicPrefill(String host, String vm, boolean vmRunning, List<String> bridges, String bridge,
                             List<String> pools, Function<String, String> whereUsed, Set<String> ovsBridges,
                             Map<String, List<String>> portgroups) {
        this(host, vm, vmRunning, bridges, bridge, pools, whereUsed, ovsBridges, portgroups, null);
    }

    /** A prefill of Linux bridges only, without networks' portgroups or the pools' next MACs. */
    public CreateVnicPrefill(String host, String vm, boolean vmRunning, List<String> bridges, String bridge,
                             List<String> pools, Function<String, String> whereUsed) {
        this(host, vm, vmRunning, bridges, bridge, pools, whereUsed, Set.of(), Map.of(), null);
    }
}
