package io.patchbay.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one host's L2 topology.
 *
 * @param sources  the kinds of source merged (capture, local, ssh, libvirt)
 * @param warnings things a source said that could not be used, each naming the source
 * @param machine  which machine the host reported it is ({@link MachineIdentity#UNKNOWN} when it did not say)
 */
public record HostTopology(String name, List<String> sources, List<Device> devices, List<Link> links,
                           List<Vm> vms, List<String> warnings, MachineIdentity machine) {
    public HostTopology {
        Objects.requireNonNull(name, "name");
        machine = machine == null ? MachineIdentity.UNKNOWN : machine;
        sources = List.copyOf(sources);
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        vms = List.copyOf(vms);
        warnings = List.copyOf(warnings);
    }

    /** A snapshot whose machine is not known (captures, libvirt alone, tests). */
    public HostTopology(String name, List<String> sources, List<Device> devices, List<Link> links,
                        List<Vm> vms, List<String> warnings) {
        this(name, sources, devices, links, vms, warnings, MachineIdentity.UNKNOWN);
    }

    /** This snapshot under another name (a display name given by the user). */
    public HostTopology withName(String newName) {
        return new HostTopology(newName, sources, devices, links, vms, warnings, machine);
    }

    /** This snapshot with the machine it was read from. */
    public HostTopology withMachine(MachineIdentity identity) {
        return new HostTopology(name, sources, devices, links, vms, warnings, identity);
    }

    public Optional<Device> device(String deviceName) {
        return devices.stream().filter(d -> d.name().equals(deviceName)).findFirst();
    }
}
