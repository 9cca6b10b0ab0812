package io.patchbay.discovery.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.Slf4jLogger;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the JSch sessions of a route: each jump host in turn, then the target through the last
 * hop ({@link JumpHostProxy}). Every hop gets the same treatment: strict host key checking against
 * the known_hosts file, public-key authentication (then keyboard-interactive and password when
 * someone can be asked: {@link SshCredentials}), keepalives, the connect timeout. The time the user
 * takes to answer a question does not count against the timeout.
 */
final class SessionOpener {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);
    private static final int KEEPALIVE_MS = 15_000;
    private static final int KEEPALIVE_MAX_MISSED = 3;

    private final SshSettings settings;
    private final HostKeyDecider decider;
    private final SshCredentials credentials;
    private final Set<String> acceptedOnce = VerifyingHostKeyRepository.newAcceptedOnceSet();

    SessionOpener(SshSettings settings, HostKeyDecider decider, SshCredentials credentials) {
        this.settings = settings;
        this.decider = decider;
        this.credentials = credentials;
    }

    OpenSessions open(SshRoute route) throws PatchbayException {
        List<Session> jumps = new ArrayList<>();
        try {
            Session previous = null;
            String previousName = null;
            for (ResolvedHost hop : route.jumps()) {
                Session s = connect(hop, previous, previousName, "jump host " + hop.alias() + ": ");
                jumps.add(s);
                previous = s;
                previousName = hop.alias();
            }
            Session target = connect(route.target(), previous, previousName, "");
            return new OpenSessions(jumps, target);
        } catch (PatchbayException | RuntimeException e) {
            for (int i = jumps.size() - 1; i >= 0; i--) {
                jumps.get(i).disconnect();
            }
            throw e;
        }
    }

    private Session connect(ResolvedHost host, Session via, String viaName, String role) throws PatchbayException {
        CredentialAsker asker = new CredentialAsker(credentials, host.display());
        try {
            return connect(host, via, viaName, role, asker);
        } finally {
            asker.close();
        }
    }

    private Session connect(ResolvedHost host, Session via, String viaName, String role, CredentialAsker asker)
            throws PatchbayException {
        VerifyingHostKeyRepository hostKeys = VerifyingHostKeyRepository.load(settings.knownHosts(), decider, acceptedOnce);
        SshIdentities ids = SshIdentities.load(host, settings.identityFiles(), settings.home(), asker);
        JSch jsch = new JSch();
        jsch.setInstanceLogger(new Slf4jLogger());
        Session session;
        try {
            session = jsch.getSession(host.user(), host.hostName(), host.port());
        } catch (JSchException e) {
            throw SshFailures.failed(Reason.BAD_INPUT, role, Sentence.of("ssh.sessionSetup", host.display(), e.getMessage()), e);
        }
        session.setHostKeyRepository(hostKeys);
        session.setIdentityRepository(ids.repository());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("PreferredAuthentications", asker.canAsk() ? "publickey,keyboard-interactive,password" : "publickey");
        session.setUserInfo(new JschUserInfo(asker));
        session.setConfig("HashKnownHosts", "no");
        session.setDaemonThread(true);
        int connectMs = (int) settings.connectTimeout().toMillis();
        if (via != null) {
            session.setProxy(new JumpHostProxy(via, viaName));
        }
        long start = System.nanoTime();
        ConnectWatchdog watchdog = null;
        try {
            session.setServerAliveInterval(KEEPALIVE_MS);
            session.setServerAliveCountMax(KEEPALIVE_MAX_MISSED);
            watchdog = new ConnectWatchdog(session, settings.connectTimeout(), () -> hostKeys.isDeciding() || asker.isAsking());
            asker.afterQuestion(watchdog::restart);
            session.connect(connectMs);
        } catch (CredentialsNotGiven e) {
            session.disconnect();
            throw SshFailures.credentialsNotGiven(e, host, role, settings.home());
        } catch (JSchException e) {
            session.disconnect();
            if (watchdog != null && watchdog.fired() && hostKeys.refusal() == null) {
                throw SshFailures.failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.handshakeTimeout", host.address(),
                        SshFailures.seconds(settings.connectTimeout())), e);
            }
            throw SshFailures.connectFailed(e, host, role, hostKeys, ids, asker.unaskedKeys(), settings);
        } finally {
            if (watchdog != null) {
                watchdog.close();
            }
        }
        if (watchdog.fired() || !session.isConnected()) {
            session.disconnect();
            throw SshFailures.failed(Reason.REMOTE_FAILED, role, Sentence.of("ssh.handshakeTimeout", host.address(),
                    SshFailures.seconds(settings.connectTimeout())), null);
        }
        asker.succeeded();
        LOG.debug("SSH session to {} open{} in {} ms", host.display(), via == null ? "" : " via " + viaName,
                (System.nanoTime() - start) / 1_000_000);
        return session;
    }
}
