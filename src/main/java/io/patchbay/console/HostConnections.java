package io.patchbay.console;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.ssh.HostKeyDecider;
import io.patchbay.discovery.ssh.SshCredentials;
import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtUri;
import io.patchbay.mac.MacCensus;
import io.patchbay.newvm.LibvirtMacCensus;
import io.patchbay.ops.DomainDevices;
import io.patchbay.ops.HostBridgeReads;
import io.patchbay.ops.LibvirtDomainDevices;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one place host connections are made, for the command line and the console alike: SSH
 * sources, libvirt connections (for reads, changes, new VMs and MAC censuses) and whole machines,
 * each from the same {@link ConnectionOptions}. Who decides about host keys and who answers
 * passphrase questions is each face's own (the terminal, the window's dialogs).
 */
public final class HostConnections {
    private final ConnectionOptions options;
    private final SshSettings base;
    private final Supplier<HostKeyDecider> hostKeys;
    private final Supplier<SshCredentials> credentials;

    /**
     * @param base        the SSH settings the options apply to (the user's defaults, or the console's)
     * @param hostKeys    asked at each SSH connect
     * @param credentials asked at each SSH connect
     */
    public HostConnections(ConnectionOptions options, SshSettings base, Supplier<HostKeyDecider> hostKeys,
                           Supplier<SshCredentials> credentials) {
        this.options = Objects.requireNonNull(options, "options");
        this.base = Objects.requireNonNull(base, "base");
        this.hostKeys = Objects.requireNonNull(hostKeys, "hostKeys");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** The command line's: the user's SSH defaults, host keys decided by {@code --accept-new-host-key}. */
    public static HostConnections commandLine(ConnectionOptions options, SshCredentials credentials) {
        HostKeyDecider decider = HostKeyDecider.cli(options.acceptNewHostKey());
        return new HostConnections(options, SshSettings.defaults(), () -> decider, () -> credentials);
    }

    /** The user's SSH defaults, nothing given, no new host keys, nobody to ask for a passphrase. */
    public static HostConnections plain() {
        HostKeyDecider decider = HostKeyDecider.cli(false);
        SshCredentials nobody = SshCredentials.nobody();
        return new HostConnections(ConnectionOptions.none(), SshSettings.defaults(), () -> decider, () -> nobody);
    }

    public ConnectionOptions options() {
        return options;
    }

    /** The same connections with {@code identity} as the key (a console host's own); unchanged for null. */
    public HostConnections withIdentity(java.nio.file.Path identity) {
        return identity == null ? this
                : new HostConnections(options.withIdentity(identity), base, hostKeys, credentials);
    }

    /** The SSH settings every SSH source of these connections uses. */
    public SshSettings sshSettings() {
        return options.sshSettings(base);
    }

    /** {@code uri} checked, with the given key and known_hosts as its SSH defaults. */
    public LibvirtUri libvirtUri(String uri) throws PatchbayException {
        return options.libvirtUri(uri);
    }

    /** An SSH source (connects nothing yet). */
    public HostSource ssh(String name, SshTarget target) {
        return new SshHostSource(name, target, sshSettings(), hostKeys.get(), credentials.get());
    }

    /**
     * The source that reads machine {@code m} (devices, VMs, this computer's local daemon).
     * Connects nothing: the first refresh does.
     *
     * @param localTimeout the time limit of a local read
     */
    public HostSource machine(MachineSources m, Duration localTimeout) throws PatchbayException {
        return MachineReaders.open(m, this::ssh, options.libvirtOptions(), localTimeout);
    }

    /** Opens a libvirt connection to {@code uri} as these options say. */
    public LibvirtConnection libvirt(String uri) throws PatchbayException {
        return LibvirtConnection.open(libvirtUri(uri).given(), options.libvirtOptions());
    }

    /** Adds every MAC the libvirt hosts {@code uris} use (live, persistent, snapshots) to {@code census}. */
    public void readMacs(List<String> uris, MacCensus census) throws PatchbayException {
        for (String uri : uris) {
            try (LibvirtConnection c = libvirt(uri)) {
                LibvirtMacCensus.read(c, census);
            }
        }
    }

    /**
     * Opens {@code uri} for vNIC changes; {@code reader} (null when none) reads the host's own
     * bridges beside libvirt. Plans and messages name the URI as given.
     */
    public DomainDevices domainDevices(String uri, HostSource reader) throws PatchbayException {
        HostBridgeReads reads = reader == null ? null : new HostBridgeReads(reader);
        return new LibvirtDomainDevices(uri, () -> libvirt(uri), reads == null ? null : reads::bridges,
                reads == null ? null : reads::ovsBridges);
    }
}
