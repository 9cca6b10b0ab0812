package io.patchbay.problems;

import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import java.util.Locale;

/** What a snapshot can vouch for: whether it read the host's devices and its VMs. */
final class VmFacts {
    /** The source word of a libvirt reading in {@link HostTopology#sources()}. */
    private static final String LIBVIRT = "libvirt";

    private VmFacts() {
    }

    /** The host's VMs were read (a libvirt source): a VM it does not list does not exist there. */
    static boolean vmsKnown(HostTopology host) {
        return host.sources().contains(LIBVIRT);
    }

    /** The host's devices were read (any source besides libvirt): a bridge it does not list is absent. */
    static boolean devicesKnown(HostTopology host) {
        return !host.devices().isEmpty() && host.sources().stream().anyMatch(s -> !s.equals(LIBVIRT));
    }

    static boolean running(Vm vm) {
        return vm.state() != null && vm.state().toLowerCase(Locale.ROOT).equals("running");
    }
}
