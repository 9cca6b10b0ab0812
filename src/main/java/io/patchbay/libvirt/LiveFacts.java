package io.patchbay.libvirt;

import io.patchbay.model.FieldDrift;
import io.patchbay.model.GuestAddress;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.TrafficCounters;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Pure: how the running guests are doing, put on their vNICs: counters by the vNIC's host-side
 * device, addresses by its MAC (each address once, the first source that named it), and the
 * facts that differ between its live and persistent definitions.
 *
 * @param stats     counters by domain, then by host-side device
 * @param addresses addresses by MAC (lower case)
 */
public record LiveFacts(Map<String, Map<String, TrafficCounters>> stats, Map<String, List<GuestAddress>> addresses) {
    /** Where the presence of a whole vNIC differs; that is its scope, not a field. */
    private static final String PRESENCE = "presence";

    public static LiveFacts none() {
        return new LiveFacts(Map.of(), Map.of());
    }

    public List<Vm> apply(List<Vm> vms, List<VnicDrift> drift) {
        List<Vm> out = new ArrayList<>();
        for (Vm vm : vms) {
            Map<String, TrafficCounters> byDevice = stats.getOrDefault(vm.name(), Map.of());
            List<Vnic> vnics = new ArrayList<>();
            for (Vnic v : vm.vnics()) {
                String mac = MacAddresses.normalize(v.mac());
                List<GuestAddress> addrs = mac == null ? List.of() : dedupe(addresses.getOrDefault(mac, List.of()));
                TrafficCounters counters = v.target() == null ? null : byDevice.get(v.target());
                List<FieldDrift> fields = new ArrayList<>();
                for (VnicDrift d : drift) {
                    if (d.vm().equals(vm.name()) && mac != null && mac.equals(MacAddresses.normalize(d.mac()))
                            && !PRESENCE.equals(d.field())) {
                        fields.add(new FieldDrift(d.field(), d.live(), d.config()));
                    }
                }
                vnics.add(v.withLive(addrs, counters, fields));
            }
            out.add(new Vm(vm.name(), vm.uuid(), vm.state(), vm.id(), vm.persistent(), vnics, vm.origin()));
        }
        return out;
    }

    private static List<GuestAddress> dedupe(List<GuestAddress> in) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<GuestAddress> out = new ArrayList<>();
        for (GuestAddress a : in) {
            if (seen.add(a.address())) {
                out.add(a);
            }
        }
        return out;
    }
}
