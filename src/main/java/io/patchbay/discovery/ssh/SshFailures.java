package io.patchbay.discovery.ssh;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.JSchRevokedHostKeyException;
import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns a failed JSch connect into one clear sentence with the CLI's reason: unreachable, refused
 * or silent hosts are REMOTE (naming host:port), unresolvable names NOT_FOUND, host key problems
 * REFUSED, authentication failures REMOTE with the list of what was tried.
 */
final class SshFailures {
    private SshFailures() {
    }

    /**
     * @param role     "" for the target, or e.g. "jump host lab-loop: " for a hop
     * @param hostKeys the repository used for the attempt (its refusal, if any, explains host key failures)
     * @param ids      the identities offered (for the authentication message)
     */
    static DiscoveryException connectFailed(JSchException e, ResolvedHost host, String role, VerifyingHostKeyRepository hostKeys,
                                            SshIdentities ids, Duration connectTimeout) {
        DiscoveryException refusal = hostKeys.refusal();
        if (refusal != null) {
            return new DiscoveryException(refusal.reason(), role + refusal.getMessage(), e);
        }
        if (e instanceof JSchRevokedHostKeyException) {
            return new DiscoveryException(Reason.REFUSED, role + "The host key of " + host.address()
                    + " is marked @revoked in " + hostKeys.getKnownHostsRepositoryID() + "; not connecting.", e);
        }
        if (e instanceof JSchHostKeyException) {
            return new DiscoveryException(Reason.REFUSED, role + "The host key of " + host.address() + " was refused: " + e.getMessage() + ".", e);
        }
        String msg = String.valueOf(e.getMessage());
        if (msg.startsWith("Auth fail") || msg.startsWith("Auth cancel")) {
            return new DiscoveryException(Reason.REMOTE, role + "SSH authentication failed for " + host.display()
                    + " (tried: " + (ids.tried().isEmpty() ? "no keys found" : String.join(", ", ids.tried())) + ").", e);
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            String why = host.hostNameFromConfig()
                    ? "the host name '" + host.hostName() + "' (HostName of '" + host.alias() + "' in the SSH config) cannot be resolved"
                    : "'" + host.hostName() + "' is not a resolvable host name nor an alias with a HostName in the SSH config";
            return new DiscoveryException(Reason.NOT_FOUND, role + "SSH host not found: " + why + ".", e);
        }
        if (cause instanceof ConnectException) {
            return new DiscoveryException(Reason.REMOTE, role + "SSH connection to " + host.address() + " was refused"
                    + " (nothing listens there, or a firewall rejects it).", e);
        }
        if (cause instanceof NoRouteToHostException) {
            return new DiscoveryException(Reason.REMOTE, role + "SSH host " + host.address() + " is unreachable (no route to host).", e);
        }
        if (cause instanceof SocketTimeoutException || msg.toLowerCase(Locale.ROOT).startsWith("timeout")) {
            return new DiscoveryException(Reason.REMOTE, role + "SSH host " + host.address() + " did not answer within "
                    + seconds(connectTimeout) + " (connect timeout).", e);
        }
        if (msg.contains("channel is not opened") || msg.contains("could not open a channel")) {
            return new DiscoveryException(Reason.REMOTE, role + "the jump host could not open a connection to " + host.address() + ".", e);
        }
        if (msg.contains("closed by foreign host") || msg.contains("End of IO Stream")) {
            return new DiscoveryException(Reason.REMOTE, role + "SSH server at " + host.address()
                    + " closed the connection during the handshake.", e);
        }
        return new DiscoveryException(Reason.REMOTE, role + "SSH connection to " + host.address() + " failed: " + msg + ".", e);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
