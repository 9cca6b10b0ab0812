package io.patchbay.ui.vnic;

import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPools;
import io.patchbay.mac.MacUsage;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.NetworkInfo;
import io.patchbay.model.NetworkPortgroup;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the create-vNIC dialog's prefill from what the console already holds: the hosts'
 * snapshots (every VM's vNIC MACs, on every host) and, when given, the MAC pools as last read.
 * In memory only.
 */
public final class CreateVnicPrefills {
    private CreateVnicPrefills() {
    }

    /**
     * A MAC to where it is used: "VM v on host h" for every vNIC of every VM of {@code hosts},
     * else "pool p (allocated)" when {@code pools} (may be null) holds it.
     */
    public static Function<String, String> whereUsed(List<HostTopology> hosts, MacPools pools) {
        Map<Long, String> where = new HashMap<>();
        for (HostTopology h : hosts) {
            for (Vm vm : h.vms()) {
                for (Vnic n : vm.vnics()) {
                    long mac = MacAddress.parseBits(n.mac() == null ? null : n.mac().toLowerCase(Locale.ROOT));
                    if (mac >= 0) {
                        where.putIfAbsent(mac, "VM " + vm.name() + " on host " + h.name());
                    }
                }
            }
        }
        List<MacPool> held = pools == null ? List.of() : pools.all();
        return text -> {
            long mac = MacAddress.parseBits(text);
            if (mac < 0) {
                return null;
            }
            String w = where.get(mac);
            if (w != null) {
                return w;
            }
            for (MacPool p : held) {
                if (p.holds(mac)) {
                    return "pool " + p.name() + " (allocated)";
                }
            }
            return null;
        };
    }

    /** The bridges of a host (Linux and Open vSwitch: every switch a vNIC can be put on), in its order. */
    public static List<String> bridges(HostTopology host) {
        List<String> out = new ArrayList<>();
        for (Device d : host.devices()) {
            if (d.kind().isSwitch()) {
                out.add(d.name());
            }
        }
        return out;
    }

    /** The Open vSwitch bridges of a host. */
    public static Set<String> ovsBridges(HostTopology host) {
        Set<String> out = new HashSet<>();
        for (Device d : host.devices()) {
            if (d.kind() == DeviceKind.OVS) {
                out.add(d.name());
            }
        }
        return out;
    }

    /** The host's libvirt networks that have portgroups: network name to portgroup names. */
    public static Map<String, List<String>> portgroups(HostTopology host) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Device d : host.devices()) {
            NetworkInfo n = d.network();
            if (d.kind() == DeviceKind.NETWORK && n != null && !n.portgroups().isEmpty()) {
                out.put(n.name(), n.portgroups().stream().map(NetworkPortgroup::name).toList());
            }
        }
        return out;
    }

    /**
     * The prefill for a VM of {@code host}; {@code bridge} (may be null) is chosen at first,
     * {@code all} are every connected host (for the conflict check), {@code pools} the pool names
     * ({@link MacPools#DEFAULT} is added when missing: it is made on first use).
     */
    public static CreateVnicPrefill forVm(HostTopology host, String vm, String bridge, List<HostTopology> all,
                                          MacPools pools) {
        boolean running = host.vms().stream().anyMatch(v -> v.name().equals(vm) && "running".equals(v.state()));
        List<String> names = new ArrayList<>();
        if (pools != null) {
            pools.all().forEach(p -> names.add(p.name()));
        }
        if (!names.contains(MacPools.DEFAULT)) {
            names.add(0, MacPools.DEFAULT);
        }
        Function<String, String> whereUsed = whereUsed(all, pools);
        return new CreateVnicPrefill(host.name(), vm, running, bridges(host), bridge, names, whereUsed,
                ovsBridges(host), portgroups(host), nextFromPool(pools, whereUsed));
    }

    /** A pool's name to the MAC its next allocation would give, skipping MACs in use; null when not known. */
    static Function<String, String> nextFromPool(MacPools pools, Function<String, String> whereUsed) {
        if (pools == null) {
            return pool -> null;
        }
        MacUsage usage = MacUsage.asking(mac -> whereUsed.apply(MacAddress.format(mac)) != null);
        return name -> {
            for (MacPool p : pools.all()) {
                if (p.name().equals(name)) {
                    MacAddress next = p.peek(usage);
                    return next == null ? null : next.toString();
                }
            }
            return null;
        };
    }
}
