package io.patchbay.console;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtOptions;
import io.patchbay.libvirt.LibvirtSource;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens the source that reads a machine from its {@link MachineSources}, the one way both faces join
 * sources: the libvirt source joins the device source (devices from SSH or this computer, VMs from
 * libvirt); this computer without a URI probes its local daemons.
 */
public final class MachineReaders {
    /** How an SSH device source is made: each face has its own settings and host-key decisions. */
    @FunctionalInterface
    public interface SshOpener {
        HostSource open(String name, SshTarget target) throws PatchbayException;
    }

    private MachineReaders() {
    }

    /**
     * The source for {@code m}. Connects nothing: the first {@link HostSource#refresh()} does.
     *
     * @param localTimeout the time limit of a local read
     */
    public static HostSource open(MachineSources m, SshOpener ssh, LibvirtOptions options, Duration localTimeout)
            throws PatchbayException {
        HostSource devices = switch (m.devices()) {
            case NONE -> null;
            case LOCAL -> new LocalSource(m.name(), localTimeout);
            case SSH -> ssh.open(m.name(), m.ssh());
        };
        if (m.libvirt() == null) {
            return m.probe().isEmpty() ? devices : new ThisComputerSource(m.name(), devices, m.probe(), options);
        }
        try {
            return LibvirtSource.lazy(m.name(), m.libvirt().given(), options, devices);
        } catch (PatchbayException e) {
            if (devices != null) {
                devices.close();
            }
            throw e;
        }
    }

    /** The libvirt source within {@code source} (for events and changes), when it has one now. */
    public static Optional<LibvirtSource> libvirtOf(HostSource source) {
        if (source instanceof LibvirtSource l) {
            return Optional.of(l);
        }
        return source instanceof ThisComputerSource t ? t.libvirt() : Optional.empty();
    }

    /** What reads the host's own devices within {@code source}, or null when nothing does (libvirt alone). */
    public static HostSource devicesOf(HostSource source) {
        if (source instanceof LibvirtSource l) {
            return l.devices();
        }
        return source instanceof ThisComputerSource t ? t.devices() : source;
    }
}
