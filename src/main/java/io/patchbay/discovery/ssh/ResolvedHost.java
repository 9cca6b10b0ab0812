package io.patchbay.discovery.ssh;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SSH endpoint after ssh_config is applied: where to connect, as whom, with which keys.
 *
 * @param alias         the name as the user gave it (a config alias or the host itself)
 * @param user          the remote user
 * @param hostName      the address or DNS name to connect to
 * @param port          the TCP port
 * @param identityFiles key files to try, in order (only those that exist are used)
 * @param hostNameFromConfig true when ssh_config gave a HostName for the alias
 * @param agentSocket   the ssh-agent socket to use, empty for none
 * @param identitiesOnly IdentitiesOnly: of the agent's keys, offer only those of the identity files
 */
public record ResolvedHost(String alias, String user, String hostName, int port, List<Path> identityFiles,
                           boolean hostNameFromConfig, Optional<Path> agentSocket, boolean identitiesOnly) {
    public ResolvedHost {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(hostName, "hostName");
        identityFiles = List.copyOf(identityFiles);
        Objects.requireNonNull(agentSocket, "agentSocket");
    }

    /** {@code host:port}, IPv6 in brackets, for messages. */
    public String address() {
        return (hostName.indexOf(':') >= 0 ? "[" + hostName + "]" : hostName) + ":" + port;
    }

    /** {@code user@host:port}, for messages. */
    public String display() {
        return user + "@" + address();
    }
}
