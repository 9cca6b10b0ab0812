package io.patchbay.cli;

import io.patchbay.console.ConnectionOptions;
import io.patchbay.console.HostConnections;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The key and known_hosts for SSH libvirt URIs ({@code qemu+ssh://}) of the commands that only
 * talk to libvirt ({@code vm}, {@code mac}): the same flags, with the same meaning, as
 * {@code topology} and {@code vnic} (docs/CLI.md).
 */
final class LibvirtSshOptions {
    @Option(names = "--known-hosts", paramLabel = "FILE",
            description = "OpenSSH known_hosts for SSH libvirt URIs (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = {"-i", "--identity"}, paramLabel = "FILE", description = "A private key for SSH libvirt URIs.")
    List<Path> identities = new ArrayList<>();

    HostConnections connections() {
        return HostConnections.commandLine(new ConnectionOptions(knownHosts, false, identities, null, null),
                TerminalCredentialPrompt.credentials());
    }
}
