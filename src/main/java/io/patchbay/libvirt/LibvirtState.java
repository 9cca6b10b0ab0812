package io.patchbay.libvirt;

import io.patchbay.model.Vm;
import java.util.List;
import java.util.Optional;

/**
 * What one read of a libvirt connection found: the domains (each vNIC with its scope and
 * predicted guest name), the drift between live and persistent definitions, the networks, and
 * warnings for parts that could not be used (each naming the domain).
 */
public record LibvirtState(String uri, List<Vm> vms, List<VnicDrift> drift, List<LibvirtNetwork> networks,
                           List<String> warnings) {
    public LibvirtState {
        vms = List.copyOf(vms);
        drift = List.copyOf(drift);
        networks = List.copyOf(networks);
        warnings = List.copyOf(warnings);
    }

    public Optional<Vm> vm(String name) {
        return vms.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The drift of one domain. */
    public List<VnicDrift> drift(String vm) {
        return drift.stream().filter(d -> d.vm().equals(vm)).toList();
    }
}
