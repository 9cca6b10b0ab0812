package io.patchbay.ui.main;

import io.patchbay.console.HostConnections;
import io.patchbay.console.LocalLibvirtProblem;
import io.patchbay.console.MachineReaders;
import io.patchbay.console.MachineSources;
import io.patchbay.console.ThisComputerSource;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.ui.change.ChangeTarget;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One host entry's machine: its sources (joined when more of the same machine are added) and the
 * source its current connection reads, from which its libvirt URI and device reader for changes come.
 */
final class HostMachine {
    private static final Duration LOCAL_TIMEOUT = Duration.ofSeconds(20);

    private volatile MachineSources sources;
    /** How the machine is connected to: its key, the console's known_hosts, dialogs and remembered answers. */
    private volatile HostConnections connections;
    private final AtomicReference<HostSource> current = new AtomicReference<>();

    HostMachine(MachineSources sources, HostConnections connections) {
        this.sources = sources;
        this.connections = connections;
    }

    MachineSources sources() {
        return sources;
    }

    /** Reads {@code joined} from the next connection on; the connections follow the sources that bring the SSH target. */
    void use(MachineSources joined, MachineSources added, HostConnections addedConnections) {
        if (sources.devices() != MachineSources.Devices.SSH && joined.devices() == MachineSources.Devices.SSH
                && added.devices() == MachineSources.Devices.SSH) {
            connections = addedConnections;
        }
        sources = joined;
    }

    /** A new source for the sources as they are now (the entry's connector; connects nothing yet). */
    HostSource connect() {
        try {
            HostSource s = connections.machine(sources, LOCAL_TIMEOUT);
            current.set(s);
            return s;
        } catch (PatchbayException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The libvirt URI changes go through: the one given, else the local daemon that answered; else null. */
    String libvirtUri() {
        MachineSources s = sources;
        if (s.libvirt() != null) {
            return s.libvirt().given();
        }
        return current.get() instanceof ThisComputerSource t ? t.libvirtUri().orElse(null) : null;
    }

    /** Why this computer shows no VMs, or null (another machine, or a daemon answered). */
    LocalLibvirtProblem libvirtProblem() {
        return current.get() instanceof ThisComputerSource t ? t.problem() : null;
    }

    /** The host name or address the console reaches the machine by, or null for this computer. */
    String managementAddress() {
        MachineSources s = sources;
        if (s.ssh() != null) {
            return s.ssh().host();
        }
        return s.libvirt() != null && !s.libvirt().isLocal() ? s.libvirt().host() : null;
    }

    /** The change target of the machine's box {@code host}, when it has a libvirt daemon. */
    Optional<ChangeTarget> changeTarget(String host) {
        String uri = libvirtUri();
        return uri == null ? Optional.empty()
                : Optional.of(new ChangeTarget(host, uri, () -> MachineReaders.devicesOf(current.get()), managementAddress()));
    }
}
