package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.AddressSource;
import io.patchbay.model.GuestAddress;
import io.patchbay.model.TrafficCounters;
import io.patchbay.model.Vm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the live facts of one libvirt host at each refresh: every running domain's counters in
 * one bulk call, the DHCP leases of each active network, and the guest agent's addresses of the
 * running domains. A domain whose agent does not answer is not asked again while this collector
 * lives (its next restart is a new source reading); a source that fails is a warning, never a
 * failed refresh.
 */
final class LiveFactsCollector {
    private final Set<String> agentless = ConcurrentHashMap.newKeySet();

    LiveFacts read(LibvirtConnection connection, LibvirtState state, List<String> warnings) {
        LiveStateReader reader = new LiveStateReader(connection);
        Map<String, Map<String, TrafficCounters>> stats = Map.of();
        try {
            stats = reader.interfaceStats();
        } catch (PatchbayException e) {
            warnings.add("libvirt interface statistics: " + e.getMessage());
        }
        Map<String, List<GuestAddress>> addresses = new LinkedHashMap<>();
        for (LibvirtNetwork n : state.networks()) {
            if (!n.active()) {
                continue;
            }
            try {
                reader.leases(n.name()).forEach((mac, a) -> addresses.computeIfAbsent(mac, k -> new ArrayList<>()).addAll(a));
            } catch (PatchbayException e) {
                warnings.add("libvirt DHCP leases of network " + n.name() + ": " + e.getMessage());
            }
        }
        for (Vm vm : state.vms()) {
            String key = vm.uuid() != null ? vm.uuid() : vm.name();
            if (!running(vm) || agentless.contains(key)) {
                continue;
            }
            try {
                reader.domainAddresses(vm.name(), AddressSource.AGENT)
                        .forEach((mac, a) -> addresses.computeIfAbsent(mac, k -> new ArrayList<>()).addAll(a));
            } catch (PatchbayException e) {
                // no agent in this guest (or it does not answer): not asked again for this domain
                agentless.add(key);
            }
        }
        return new LiveFacts(stats, addresses);
    }

    private static boolean running(Vm vm) {
        return vm.state() != null && vm.state().toLowerCase(Locale.ROOT).equals("running");
    }
}
