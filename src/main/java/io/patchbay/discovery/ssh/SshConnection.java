package io.patchbay.discovery.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SSH connection to a host, opened once and reused for every command: each {@link #exec} is a
 * new channel on the same session. A session that dropped (keepalives detect a dead peer) is
 * re-opened once on the next call. Commands passed here are fixed constants of the program (the
 * collection script), never built from remote data.
 */
public final class SshConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnection.class);
    /** Output kept per stream; a topology is a few hundred kilobytes at most. */
    private static final long OUTPUT_LIMIT = 64L * 1024 * 1024;

    private final SshRoute route;
    private final SessionOpener opener;
    private final SshSettings settings;
    private volatile OpenSessions sessions;
    private int sessionsOpened;
    private volatile boolean closed;

    private SshConnection(SshRoute route, SessionOpener opener, SshSettings settings) {
        this.route = route;
        this.opener = opener;
        this.settings = settings;
    }

    /** Resolves {@code target} through the SSH config and connects; host keys decided by {@code --accept-new-host-key}. */
    public static SshConnection open(SshTarget target, SshSettings settings) throws PatchbayException {
        return open(target, settings, HostKeyDecider.cli(settings.acceptNewHostKey()));
    }

    /** As {@link #open(SshTarget, SshSettings)}, with the UI's decider for unknown host keys. */
    public static SshConnection open(SshTarget target, SshSettings settings, HostKeyDecider decider) throws PatchbayException {
        return open(target, settings, decider, SshCredentials.nobody());
    }

    /** As {@link #open(SshTarget, SshSettings, HostKeyDecider)}, asking {@code credentials} for passphrases and passwords. */
    public static SshConnection open(SshTarget target, SshSettings settings, HostKeyDecider decider, SshCredentials credentials)
            throws PatchbayException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(decider, "decider");
        Objects.requireNonNull(credentials, "credentials");
        SshRoute route = SshConfigResolver.load(settings).route(target);
        SshConnection c = new SshConnection(route, new SessionOpener(settings, decider, credentials), settings);
        synchronized (c) {
            c.reconnect();
        }
        return c;
    }

    /** The target after config resolution. */
    public ResolvedHost target() {
        return route.target();
    }

    /** How many SSH sessions to the target this connection has opened (1 unless it had to reconnect). */
    public synchronized int sessionsOpened() {
        return sessionsOpened;
    }

    /** True while the session is up (as far as JSch knows). */
    public boolean isConnected() {
        OpenSessions s = sessions;
        return s != null && s.isConnected();
    }

    /** Runs {@code command} with the configured command timeout. */
    public ExecResult exec(String command) throws PatchbayException {
        return exec(command, settings.commandTimeout());
    }

    /**
     * Runs a fixed command on the open session. Standard output and error are collected as they
     * arrive; on timeout the channel is closed and a REMOTE failure is raised.
     */
    public synchronized ExecResult exec(String command, Duration timeout) throws PatchbayException {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
        if (closed) {
            throw new IllegalStateException("SSH connection to " + route.target().display() + " is closed");
        }
        boolean reopened = false;
        if (sessions == null || !sessions.isConnected()) {
            LOG.info("SSH session to {} dropped; opening it again", route.target().display());
            reconnect();
            reopened = true;
        }
        Session session = sessions.target();
        Started started;
        try {
            started = start(session, command);
        } catch (JSchException e) {
            if (reopened) {
                throw lost(e);
            }
            LOG.info("SSH session to {} does not take the command ({}); opening it again", route.target().display(), e.getMessage());
            reconnect();
            session = sessions.target();
            try {
                started = start(session, command);
            } catch (JSchException again) {
                throw lost(again);
            }
        }
        return finish(session, started, timeout);
    }

    /** A command started on a channel, its streams being collected. */
    private record Started(ChannelExec channel, OutputCapture out, OutputCapture err, long startNanos) {
    }

    /** Opens an exec channel and starts {@code command}; nothing has run when this fails. */
    private Started start(Session session, String command) throws JSchException {
        ChannelExec channel = (ChannelExec) session.openChannel("exec");
        if (channel == null) {
            // seen while JSch tears down a session whose server side just went away
            throw new JSchException("the session is closing");
        }
        OutputCapture out = new OutputCapture(OUTPUT_LIMIT);
        OutputCapture err = new OutputCapture(OUTPUT_LIMIT);
        channel.setCommand(command);
        channel.setInputStream(new ByteArrayInputStream(new byte[0])); // the command sees EOF on stdin
        channel.setOutputStream(out, false);
        channel.setErrStream(err, false);
        long start = System.nanoTime();
        try {
            channel.connect((int) settings.connectTimeout().toMillis());
        } catch (JSchException | RuntimeException e) {
            channel.disconnect();
            throw e;
        }
        return new Started(channel, out, err, start);
    }

    private ExecResult finish(Session session, Started s, Duration timeout) throws PatchbayException {
        String host = route.target().address();
        ChannelExec channel = s.channel();
        try {
            boolean finished;
            try {
                // JSch closes the error stream when the channel closes (after the exit status) or the session drops
                finished = s.err().awaitClosed(timeout.toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PatchbayException(Reason.OTHER, Sentence.of("ssh.command.interrupted", host), e);
            }
            if (!finished) {
                signalQuietly(channel);
                throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.command.timeout", SshFailures.seconds(timeout), host));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - s.startNanos());
            if (!session.isConnected() && channel.getExitStatus() < 0) {
                throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.command.connectionLost", host));
            }
            OutputCapture out = s.out();
            OutputCapture err = s.err();
            if (out.overflowed() || err.overflowed()) {
                throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.command.tooMuchOutput", host,
                        OUTPUT_LIMIT / (1024 * 1024), out.total(), err.total()));
            }
            int status = channel.getExitStatus();
            if (status < 0 && channel.getExitSignal() != null) {
                throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.command.killed", host, channel.getExitSignal()));
            }
            if (status < 0) {
                // the channel closed without an exit status: the server side went away (JSch may not
                // have marked the session down yet), so the output is incomplete
                throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.command.connectionLost", host));
            }
            LOG.debug("command on {}: exit {}, {} bytes out, {} bytes err, {} ms", host, status, out.total(), err.total(),
                    elapsed.toMillis());
            return new ExecResult(status, out.text(), err.text(), elapsed);
        } finally {
            channel.disconnect();
        }
    }

    private static void signalQuietly(ChannelExec channel) {
        try {
            channel.sendSignal("KILL");
        } catch (Exception e) {
            // the channel is closed right after; the server then ends the command's session
        }
    }

    private void reconnect() throws PatchbayException {
        if (sessions != null) {
            sessions.close();
            sessions = null;
        }
        OpenSessions opened = opener.open(route);
        if (closed) {
            opened.close();
            throw new PatchbayException(Reason.OTHER, Sentence.of("ssh.closedWhileConnecting", route.target().display()));
        }
        sessions = opened;
        sessionsOpened++;
    }

    private PatchbayException lost(JSchException e) {
        return new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.downNotReusable", route.target().address(),
                e.getMessage()), e);
    }

    /**
     * Closes the session (and the jump hosts' sessions). Does not wait for a running
     * {@link #exec}: that one then fails with "connection lost".
     */
    @Override
    public void close() {
        closed = true;
        OpenSessions s = sessions;
        if (s != null) {
            s.close();
        }
    }
}
