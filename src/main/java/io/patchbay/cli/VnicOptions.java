package io.patchbay.cli;

import io.patchbay.console.ConnectionOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every {@code patchbay vnic} subcommand shares (docs/CLI.md). */
final class VnicOptions {
    @Option(names = "--libvirt", required = true, paramLabel = "URI",
            description = "The host's libvirt URI: qemu:///system, qemu+ssh://user@host/system, test:///default, ...")
    String uri;

    @Option(names = "--vm", required = true, paramLabel = "NAME", description = "The VM (libvirt domain name).")
    String vm;

    @Option(names = "--live", description = "Change the running VM.")
    boolean live;

    @Option(names = "--config", description = "Change the persistent definition. Neither flag: live and config for a"
            + " running VM, config for a stopped one.")
    boolean config;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--name", paramLabel = "NAME", description = "The host's display name (default: the URI's host).")
    String name;

    @Option(names = "--check-libvirt", paramLabel = "URI",
            description = "Another connected host whose VMs' MACs a new vNIC must not reuse (repeatable).")
    List<String> peers = new ArrayList<>();

    @Option(names = "--ssh", paramLabel = "TARGET",
            description = "Also read the host over SSH ([user@]host[:port]): its bridges, and after the change that the"
                    + " tap is a port of the intended bridge. A local URI (qemu:///system) reads this machine instead.")
    String ssh;

    @Option(names = "--known-hosts", paramLabel = "FILE",
            description = "OpenSSH known_hosts for --ssh and SSH libvirt URIs (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = {"-i", "--identity"}, paramLabel = "FILE",
            description = "A private key for --ssh (repeatable); the first one also for SSH libvirt URIs.")
    List<Path> identities = new ArrayList<>();

    @Option(names = "--ssh-config", paramLabel = "FILE", description = "OpenSSH client config for --ssh.")
    Path sshConfig;

    /** What these options say about connecting (no new host keys accepted: a change needs a known host). */
    ConnectionOptions connection(Duration timeout) {
        return new ConnectionOptions(knownHosts, false, identities, sshConfig, timeout);
    }
}
