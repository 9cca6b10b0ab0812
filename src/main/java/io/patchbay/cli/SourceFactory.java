package io.patchbay.cli;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.libvirt.LibvirtOptions;
import io.patchbay.libvirt.LibvirtSource;
import io.patchbay.libvirt.LibvirtUri;
import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.HostKeyDecider;
import io.patchbay.discovery.ssh.SshCredentials;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns the hosts given on the command line into sources. */
final class SourceFactory {
    /** SSH settings from the command line. */
    record SshOptions(Path knownHosts, boolean acceptNewHostKey, List<Path> identities, Path sshConfig, Duration timeout) {
    }

    private static final Duration SSH_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final SshOptions ssh;
    /** One terminal prompt and one memory for every SSH host of the run: a passphrase is asked once. */
    private final SshCredentials credentials = TerminalCredentialPrompt.credentials();

    SourceFactory(SshOptions ssh) {
        this.ssh = ssh;
    }

    HostSource create(HostSpec host) throws DiscoveryException {
        List<Path> captures = new ArrayList<>();
        List<HostSpec.Source> live = new ArrayList<>();
        for (HostSpec.Source s : host.sources) {
            if (s.type() == HostSpec.Type.CAPTURE) {
                s.files().forEach(f -> captures.add(Path.of(f)));
            } else {
                live.add(s);
            }
        }
        if (!captures.isEmpty() && !live.isEmpty()) {
            throw new DiscoveryException(Reason.BAD_INPUT, "host " + label(host)
                    + ": saved captures and a live source cannot be one host; give them different --name");
        }
        if (!captures.isEmpty()) {
            return new CaptureSource(host.name, captures);
        }
        List<HostSpec.Source> libvirt = live.stream().filter(s -> s.type() == HostSpec.Type.LIBVIRT).toList();
        List<HostSpec.Source> devices = live.stream().filter(s -> s.type() != HostSpec.Type.LIBVIRT).toList();
        if (devices.size() > 1) {
            throw new DiscoveryException(Reason.BAD_INPUT, "host " + label(host)
                    + ": only one of --local and --ssh per host");
        }
        if (libvirt.size() > 1) {
            throw new DiscoveryException(Reason.BAD_INPUT, "host " + label(host)
                    + ": only one --libvirt per host; give the others their own --name");
        }
        HostSource deviceSource = devices.isEmpty() ? null : deviceSource(host.name, devices.get(0));
        if (libvirt.isEmpty()) {
            return deviceSource;
        }
        try {
            LibvirtUri uri = LibvirtUri.parse(libvirt.get(0).value())
                    .withSshDefaults(ssh.identities().isEmpty() ? null : ssh.identities().get(0), ssh.knownHosts());
            if (deviceSource == null && uri.isLocal() && !"test".equals(uri.driver())) {
                // a local daemon runs on this machine: its taps and bridges are local devices
                deviceSource = new LocalSource(host.name, ssh.timeout());
            }
            return LibvirtSource.lazy(host.name, uri.given(),
                    LibvirtOptions.defaults().withAcceptNewHostKey(ssh.acceptNewHostKey()), deviceSource);
        } catch (DiscoveryException e) {
            if (deviceSource != null) {
                deviceSource.close();
            }
            throw e;
        }
    }

    private HostSource deviceSource(String name, HostSpec.Source s) throws DiscoveryException {
        return s.type() == HostSpec.Type.LOCAL ? new LocalSource(name, ssh.timeout()) : ssh(name, s.value());
    }

    /**
     * Unnamed hosts given as {@code --ssh [user@]H[:port]} and {@code --libvirt ...://[user@]H/...}
     * are one host H: the libvirt source joins the SSH one (CLI.md: they merge into one host).
     */
    static List<HostSpec> mergeSameHost(List<HostSpec> hosts) {
        List<HostSpec> out = new ArrayList<>();
        for (HostSpec h : hosts) {
            if (h.name == null && h.sources.size() == 1 && h.sources.get(0).type() == HostSpec.Type.LIBVIRT) {
                String host = libvirtHost(h.sources.get(0).value());
                HostSpec partner = host == null ? null : out.stream()
                        .filter(o -> o.name == null && o.sources.size() == 1
                                && o.sources.get(0).type() == HostSpec.Type.SSH
                                && host.equalsIgnoreCase(sshHost(o.sources.get(0).value())))
                        .findFirst().orElse(null);
                if (partner != null) {
                    partner.sources.add(h.sources.get(0));
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }

    private static String libvirtHost(String uri) {
        try {
            return LibvirtUri.parse(uri).host();
        } catch (DiscoveryException e) {
            return null; // reported when the source is created
        }
    }

    private static String sshHost(String target) {
        try {
            return SshTarget.parse(target).host();
        } catch (DiscoveryException e) {
            return null;
        }
    }

    private HostSource ssh(String name, String target) throws DiscoveryException {
        SshSettings settings = SshSettings.defaults()
                .withAcceptNewHostKey(ssh.acceptNewHostKey())
                .withIdentityFiles(ssh.identities())
                .withCommandTimeout(ssh.timeout())
                .withConnectTimeout(ssh.timeout().compareTo(SSH_CONNECT_TIMEOUT) < 0 ? ssh.timeout() : SSH_CONNECT_TIMEOUT);
        if (ssh.knownHosts() != null) {
            settings = settings.withKnownHosts(ssh.knownHosts());
        }
        if (ssh.sshConfig() != null) {
            settings = settings.withSshConfig(ssh.sshConfig());
        }
        return new SshHostSource(name, SshTarget.parse(target), settings, HostKeyDecider.cli(settings.acceptNewHostKey()),
                credentials);
    }

    private static String label(HostSpec h) {
        return h.name == null ? "(unnamed)" : h.name;
    }
}
