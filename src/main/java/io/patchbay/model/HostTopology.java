package io.patchbay.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one host's L2 topology.
 *
 * @param sources  the kinds of source merged (capture, local, ssh, libvirt)
 * @param warnings things a source said that could not be used, each naming the source
 */
public record HostTopology(String name, List<String> sources, List<Device> devices, List<Link> links,
                           List<Vm> vms, List<String> warnings) {
    public HostTopology {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        vms = List.copyOf(vms);
        warnings = List.copyOf(warnings);
    }

    public Optional<Device> device(String deviceName) {
        return devices.stream().filter(d -> d.name().equals(deviceName)).findFirst();
    }
}
