package io.patchbay.console;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtUri;
import java.util.Locale;
import java.util.Optional;

/**
 * Which machine a source reads, known before anything is read: this computer, or the host that an
 * SSH target or a libvirt URI names. {@code qemu+ssh://user@H/system} and the SSH host {@code H} are
 * one machine; {@code qemu:///system} (any local daemon) and this computer are one. The host is
 * compared as given, without user or port (an alias of ~/.ssh/config is its own name).
 *
 * @param host the host name or address (lower case), or null for this computer
 */
public record MachineKey(String host) {
    private static final MachineKey THIS_COMPUTER = new MachineKey(null);

    public MachineKey {
        host = host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    /** True for this computer. */
    public boolean isThisComputer() {
        return host == null;
    }

    /** This computer (its local devices, a local libvirt daemon). */
    public static MachineKey thisComputer() {
        return THIS_COMPUTER;
    }

    /** The machine an SSH target reads. */
    public static MachineKey ofSsh(SshTarget target) {
        return new MachineKey(target.host());
    }

    /**
     * The machine whose daemon a libvirt URI names: its host, or this computer for a local URI;
     * empty for the in-process test driver, which is no machine at all.
     */
    public static Optional<MachineKey> ofLibvirt(LibvirtUri uri) {
        if ("test".equals(uri.driver())) {
            return Optional.empty();
        }
        return Optional.of(uri.isLocal() ? THIS_COMPUTER : new MachineKey(uri.host()));
    }

    /** As {@link #ofSsh(SshTarget)} for a target as typed; empty when it is not a valid target. */
    public static Optional<MachineKey> ofSsh(String target) {
        try {
            return Optional.of(ofSsh(SshTarget.parse(target)));
        } catch (PatchbayException e) {
            return Optional.empty(); // reported where the source is made
        }
    }

    /** As {@link #ofLibvirt(LibvirtUri)} for a URI as typed; empty when it is not a valid URI. */
    public static Optional<MachineKey> ofLibvirt(String uri) {
        try {
            return ofLibvirt(LibvirtUri.parse(uri));
        } catch (PatchbayException e) {
            return Optional.empty(); // reported where the source is made
        }
    }
}
