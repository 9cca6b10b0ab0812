package io.patchbay.discovery.ssh;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.JSchRevokedHostKeyException;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Turns a failed JSch connect into one clear sentence with the CLI's reason: unreachable, refused
 * or silent hosts are REMOTE (naming host:port), unresolvable names NOT_FOUND, host key problems
 * REFUSED, authentication failures REMOTE with the list of what was tried; a secret the user did
 * not give (cancel, wrong three times, no terminal) REMOTE too, with a {@link CredentialsNotGiven}
 * as the cause.
 */
final class SshFailures {
    private SshFailures() {
    }

    /**
     * @param role     "" for the target, or e.g. "jump host lab-loop: " for a hop
     * @param hostKeys the repository used for the attempt (its refusal, if any, explains host key failures)
     * @param ids      the identities offered (for the authentication message)
     * @param unasked  encrypted key files skipped because nobody could be asked for
     * their passphrase: an authentication failure then names them (cause: {@link CredentialsNotGiven}).
     */
    static PatchbayException connectFailed(JSchException e, ResolvedHost host, String role, VerifyingHostKeyRepository hostKeys,
                                            SshIdentities ids, List<Path> unasked, SshSettings settings) {
        Duration connectTimeout = settings.connectTimeout();
        PatchbayException refusal = hostKeys.refusal();
        if (refusal != null) {
            return failed(refusal.reason(), role, refusal.sentence(), e);
        }
        if (e instanceof JSchRevokedHostKeyException) {
            return failed(Reason.REFUSED, role, Sentence.of("ssh.revoked", host.address(),
                    hostKeys.getKnownHostsRepositoryID()), e);
        }
        if (e instanceof JSchHostKeyException) {
            return failed(Reason.REFUSED, role, Sentence.of("ssh.hostKeyRefused", host.address(), e.getMessage()), e);
        }
        String msg = String.valueOf(e.getMessage());
        if ((msg.startsWith("Auth fail") || msg.startsWith("Auth cancel")) && !unasked.isEmpty()) {
            Path key = unasked.get(0);
            String shown = SshIdentities.shorten(key, settings.home());
            CredentialsNotGiven why = new CredentialsNotGiven(CredentialsNotGiven.Why.NOBODY_TO_ASK, CredentialKind.PASSPHRASE, key,
                    "the key file " + key + " is encrypted and nobody can be asked for its passphrase");
            why.addSuppressed(e);
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.auth.encryptedNoTerminal", host.display(), shown,
                    String.join(", ", ids.tried())), why);
        }
        if (msg.startsWith("Auth fail") || msg.startsWith("Auth cancel")) {
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.auth.failed", host.display(),
                    ids.tried().isEmpty() ? Sentence.of("ssh.noKeysFound") : String.join(", ", ids.tried())), e);
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            Sentence why = host.hostNameFromConfig()
                    ? Sentence.of("ssh.notFound.configName", host.hostName(), host.alias())
                    : Sentence.of("ssh.notFound.name", host.hostName());
            return failed(Reason.NOT_FOUND, role, why, e);
        }
        if (cause instanceof ConnectException) {
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.connectionRefused", host.address()), e);
        }
        if (cause instanceof NoRouteToHostException) {
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.unreachable", host.address()), e);
        }
        if (cause instanceof SocketTimeoutException || msg.toLowerCase(Locale.ROOT).startsWith("timeout")) {
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.timeout", host.address(), seconds(connectTimeout)), e);
        }
        if (msg.contains("channel is not opened") || msg.contains("could not open a channel")) {
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.jumpChannel", host.address()), e);
        }
        if (msg.contains("closed by foreign host") || msg.contains("End of IO Stream")) {
            return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.closedInHandshake", host.address()), e);
        }
        return failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.failed", host.address(), msg), e);
    }

    /** {@code role} ("" for the target, else e.g. "jump host lab-loop: ") before the sentence. */
    static PatchbayException failed(Reason reason, String role, Sentence sentence, Throwable cause) {
        return new PatchbayException(reason, role.isEmpty() ? sentence : Sentence.of("prefixed", role, sentence), cause);
    }

    /** The user did not give a secret (cancel, too many wrong answers): REMOTE, as any refused authentication. */
    static PatchbayException credentialsNotGiven(CredentialsNotGiven e, ResolvedHost host, String role, Path home) {
        Sentence what = switch (e.kind()) {
            case PASSPHRASE -> Sentence.of("ssh.secret.passphrase", SshIdentities.shorten(e.keyFile(), home));
            case PASSWORD -> Sentence.of("ssh.secret.password");
            case KEYBOARD_INTERACTIVE -> Sentence.of("ssh.secret.answers");
        };
        Sentence sentence = switch (e.why()) {
            case CANCELLED -> Sentence.of("ssh.login.cancelled", host.display(), what);
            case TOO_MANY_WRONG -> Sentence.of("ssh.login.tooManyWrong", host.display(), what, CredentialAsker.MAX_TRIES);
            case NOBODY_TO_ASK -> Sentence.of("ssh.login.nobodyToAsk", host.display(), what);
        };
        return failed(Reason.REMOTE_FAILED, role, sentence, e);
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
