package io.patchbay.console;

import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtUri;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sources one machine is read by, as the user gave them: where its devices come from (this
 * computer, an SSH target, or nowhere) and which libvirt daemon tells its VMs (a URI; for this
 * computer without one, the local daemons to probe). Sources of the same machine join into one
 * ({@link #join}): the command line's {@code --ssh H --libvirt qemu+ssh://H/system} and the
 * console's "This computer" plus {@code qemu:///system} alike.
 *
 * @param name    the display name, or null for the host's own
 * @param devices where the devices come from
 * @param ssh     the SSH target when {@code devices} is {@link Devices#SSH}, else null
 * @param libvirt the libvirt daemon, or null
 * @param probe   local libvirt URIs tried in order when {@code libvirt} is null (this computer only)
 */
public record MachineSources(String name, Devices devices, SshTarget ssh, LibvirtUri libvirt, List<String> probe) {
    /** Where a machine's devices are read. */
    public enum Devices { NONE, LOCAL, SSH }

    public MachineSources {
        Objects.requireNonNull(devices, "devices");
        probe = probe == null ? List.of() : List.copyOf(probe);
        if ((devices == Devices.SSH) != (ssh != null)) {
            throw new IllegalArgumentException("an SSH target goes with SSH devices and only with them");
        }
        if (devices == Devices.NONE && libvirt == null) {
            throw new IllegalArgumentException("a machine needs a device source or a libvirt URI");
        }
        if (!probe.isEmpty() && (devices != Devices.LOCAL || libvirt != null)) {
            throw new IllegalArgumentException("only this computer without a libvirt URI probes local daemons");
        }
    }

    /** "This computer": local devices, and the first local daemon of {@code probe} that answers. */
    public static MachineSources thisComputer(String name, List<String> probe) {
        return new MachineSources(name, Devices.LOCAL, null, null, probe);
    }

    /**
     * A host given by an SSH target and/or a libvirt URI. A local daemon (not the test driver) runs
     * on this computer: without an SSH target its taps and bridges are read locally.
     */
    public static MachineSources of(String name, SshTarget ssh, LibvirtUri libvirt) {
        if (ssh != null) {
            return new MachineSources(name, Devices.SSH, ssh, libvirt, List.of());
        }
        Objects.requireNonNull(libvirt, "an SSH target or a libvirt URI");
        boolean localDaemon = libvirt.isLocal() && !"test".equals(libvirt.driver());
        return new MachineSources(name, localDaemon ? Devices.LOCAL : Devices.NONE, null, libvirt, List.of());
    }

    /** The machine these sources read, when they name one (the test driver names none). */
    public Optional<MachineKey> key() {
        return switch (devices) {
            case LOCAL -> Optional.of(MachineKey.thisComputer());
            case SSH -> Optional.of(MachineKey.ofSsh(ssh));
            case NONE -> MachineKey.ofLibvirt(libvirt);
        };
    }

    /**
     * These sources and {@code other}'s as one machine, when both name the same one ({@link #key});
     * see {@link #joinSameMachine}.
     */
    public Optional<MachineSources> join(MachineSources other) {
        Optional<MachineKey> mine = key();
        if (mine.isEmpty() || !mine.equals(other.key())) {
            return Optional.empty();
        }
        return joinSameMachine(other);
    }

    /**
     * These sources and {@code other}'s, known to read the same machine, as one: the first device
     * source (the other's is dropped, never read twice), the one libvirt daemon (a URI given wins
     * over probing), and this name: the machine keeps the name it is shown by. Empty when each names
     * a different daemon: two daemons are two sets of VMs, not one.
     */
    public Optional<MachineSources> joinSameMachine(MachineSources other) {
        if (libvirt != null && other.libvirt != null && !libvirt.display().equals(other.libvirt.display())) {
            return Optional.empty();
        }
        boolean mineDevices = devices != Devices.NONE;
        Devices d = mineDevices ? devices : other.devices;
        SshTarget target = mineDevices ? ssh : other.ssh;
        LibvirtUri uri = libvirt != null ? libvirt : other.libvirt;
        List<String> tried = uri != null || d != Devices.LOCAL ? List.of() : probe.isEmpty() ? other.probe : probe;
        return Optional.of(new MachineSources(name, d, target, uri, tried));
    }
}
