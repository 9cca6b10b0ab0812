package io.patchbay.problems;

import io.patchbay.libvirt.VnicScopes;
import io.patchbay.model.Device;
import io.patchbay.model.FieldDrift;
import io.patchbay.model.HostTopology;
import io.patchbay.model.InterfaceType;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Problems of the VMs' vNICs against the host: a missing bridge, drift, taps nobody owns. */
final class VnicChecks {
    private VnicChecks() {
    }

    static void missingBridges(HostTopology host, Map<String, Device> byName, List<Problem> out) {
        if (!VmFacts.devicesKnown(host)) {
            return;
        }
        for (Vm vm : host.vms()) {
            for (Vnic v : vm.vnics()) {
                if (v.is(InterfaceType.BRIDGE) && v.sourceName() != null && !byName.containsKey(v.sourceName())) {
                    boolean running = VmFacts.running(vm);
                    out.add(new Problem(running ? Finding.MISSING_BRIDGE_RUNNING : Finding.MISSING_BRIDGE_STOPPED,
                            running ? Severity.ERROR : Severity.WARNING, subjects(vm, v),
                            List.of(vm.name(), label(v), v.sourceName())));
                }
            }
        }
    }

    /** A running, persistent VM whose vNIC is only live or only persistent. */
    static void drift(HostTopology host, List<Problem> out) {
        for (Vm vm : host.vms()) {
            if (!VmFacts.running(vm) || !Boolean.TRUE.equals(vm.persistent())) {
                continue;
            }
            for (Vnic v : vm.vnics()) {
                if (VnicScopes.LIVE.equals(v.scope())) {
                    out.add(new Problem(Finding.DRIFT_LIVE_ONLY, Severity.WARNING, subjects(vm, v),
                            List.of(vm.name(), label(v))));
                } else if (VnicScopes.CONFIG.equals(v.scope())) {
                    out.add(new Problem(Finding.DRIFT_CONFIG_ONLY, Severity.WARNING, subjects(vm, v),
                            List.of(vm.name(), label(v))));
                } else if (!v.drift().isEmpty()) {
                    List<String> facts = new java.util.ArrayList<>();
                    for (FieldDrift d : v.drift()) {
                        facts.add(d.field() + ": " + orNone(d.live()) + " / " + orNone(d.config()));
                    }
                    out.add(new Problem(Finding.DRIFT_FIELDS, Severity.WARNING, subjects(vm, v),
                            List.of(vm.name(), label(v), String.join("; ", facts))));
                }
            }
        }
    }

    /** A libvirt tap (fe: MAC) on a bridge that no VM of the host owns, when the host's VMs were read. */
    static void orphanTaps(HostTopology host, List<Problem> out) {
        if (!VmFacts.vmsKnown(host)) {
            return;
        }
        Set<String> owned = new HashSet<>();
        for (Link l : host.links()) {
            if (l.kind() == LinkKind.VNIC) {
                owned.add(l.from());
            }
        }
        for (Vm vm : host.vms()) {
            vm.vnics().stream().map(Vnic::target).filter(t -> t != null).forEach(owned::add);
        }
        for (Device d : host.devices()) {
            if (d.vnicTap() && d.master() != null && !owned.contains(d.name())) {
                out.add(new Problem(Finding.ORPHAN_TAP, Severity.WARNING, List.of(d.name(), d.master()),
                        List.of(d.name(), d.master())));
            }
        }
    }

    private static String orNone(String s) {
        return s == null ? "-" : s;
    }

    static List<String> subjects(Vm vm, Vnic v) {
        return v.mac() == null ? List.of(vm.name()) : List.of(vm.name(), v.mac());
    }

    /** A vNIC as a sentence names it: its MAC, else its target device, else its alias. */
    static String label(Vnic v) {
        if (v.mac() != null) {
            return v.mac();
        }
        if (v.target() != null) {
            return v.target();
        }
        return v.alias() != null ? v.alias() : "?";
    }
}
