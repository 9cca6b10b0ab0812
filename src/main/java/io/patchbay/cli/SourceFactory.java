package io.patchbay.cli;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.discovery.ssh.SshHostSource;
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
        if (live.size() > 1) {
            throw new DiscoveryException(Reason.BAD_INPUT, "host " + label(host)
                    + ": only one of --local and --ssh per host");
        }
        HostSpec.Source s = live.get(0);
        switch (s.type()) {
            case LOCAL:
                return new LocalSource(host.name, ssh.timeout());
            case SSH:
                return ssh(host.name, s.value());
            default:
                throw new DiscoveryException(Reason.BAD_INPUT, "--libvirt " + s.value()
                        + ": libvirt sources are not part of this version yet (read hosts with --ssh or --local)");
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
        return new SshHostSource(name, SshTarget.parse(target), settings);
    }

    private static String label(HostSpec h) {
        return h.name == null ? "(unnamed)" : h.name;
    }
}
