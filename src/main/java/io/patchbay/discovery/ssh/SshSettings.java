package io.patchbay.discovery.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach hosts over SSH. Host key checking is always strict; {@code acceptNewHostKey} only
 * lets a first-seen key be trusted and stored, never a changed one.
 *
 * @param knownHosts       OpenSSH known_hosts file (default ~/.ssh/known_hosts)
 * @param acceptNewHostKey trust and store a host key seen for the first time
 * @param identityFiles    private keys given with {@code -i}, tried before ssh_config's and the defaults
 * @param sshConfig        OpenSSH client config (default ~/.ssh/config), ignored when absent
 * @param connectTimeout   TCP connect plus SSH handshake, per hop
 * @param commandTimeout   one remote command
 * @param agentSocket      ssh-agent socket to use (default: $SSH_AUTH_SOCK); empty for none
 * @param home             the local user's home, for {@code ~} and the default key files
 */
public record SshSettings(Path knownHosts, boolean acceptNewHostKey, List<Path> identityFiles, Path sshConfig,
                          Duration connectTimeout, Duration commandTimeout, Optional<Path> agentSocket, Path home) {
    public SshSettings {
        Objects.requireNonNull(knownHosts, "knownHosts");
        identityFiles = List.copyOf(identityFiles);
        Objects.requireNonNull(sshConfig, "sshConfig");
        Objects.requireNonNull(agentSocket, "agentSocket");
        Objects.requireNonNull(home, "home");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(commandTimeout, "commandTimeout");
    }

    /** The defaults for the current user: ~/.ssh files, 10 s connect, 30 s command, agent from SSH_AUTH_SOCK. */
    public static SshSettings defaults() {
        Path home = Path.of(System.getProperty("user.home"));
        String sock = System.getenv("SSH_AUTH_SOCK");
        Optional<Path> agent = sock == null || sock.isBlank() ? Optional.empty() : Optional.of(Path.of(sock));
        return forHome(home, agent);
    }

    /** The defaults below {@code home}, with the given agent socket. */
    public static SshSettings forHome(Path home, Optional<Path> agentSocket) {
        Path ssh = home.resolve(".ssh");
        return new SshSettings(ssh.resolve("known_hosts"), false, List.of(), ssh.resolve("config"),
                Duration.ofSeconds(10), Duration.ofSeconds(30), agentSocket, home);
    }

    public SshSettings withKnownHosts(Path file) {
        return new SshSettings(file, acceptNewHostKey, identityFiles, sshConfig, connectTimeout, commandTimeout, agentSocket, home);
    }

    public SshSettings withAcceptNewHostKey(boolean accept) {
        return new SshSettings(knownHosts, accept, identityFiles, sshConfig, connectTimeout, commandTimeout, agentSocket, home);
    }

    public SshSettings withIdentityFiles(List<Path> files) {
        return new SshSettings(knownHosts, acceptNewHostKey, files, sshConfig, connectTimeout, commandTimeout, agentSocket, home);
    }

    public SshSettings withSshConfig(Path file) {
        return new SshSettings(knownHosts, acceptNewHostKey, identityFiles, file, connectTimeout, commandTimeout, agentSocket, home);
    }

    public SshSettings withConnectTimeout(Duration timeout) {
        return new SshSettings(knownHosts, acceptNewHostKey, identityFiles, sshConfig, timeout, commandTimeout, agentSocket, home);
    }

    public SshSettings withCommandTimeout(Duration timeout) {
        return new SshSettings(knownHosts, acceptNewHostKey, identityFiles, sshConfig, connectTimeout, timeout, agentSocket, home);
    }

    public SshSettings withAgentSocket(Optional<Path> socket) {
        return new SshSettings(knownHosts, acceptNewHostKey, identityFiles, sshConfig, connectTimeout, commandTimeout, socket, home);
    }

    /** The default key files OpenSSH would try when no IdentityFile is configured. */
    public List<Path> defaultIdentityFiles() {
        Path ssh = home.resolve(".ssh");
        return List.of(ssh.resolve("id_ed25519"), ssh.resolve("id_ecdsa"), ssh.resolve("id_rsa"));
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 1 ms and 24 days, was " + d);
        }
    }
}
