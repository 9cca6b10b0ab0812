package io.patchbay.discovery.ssh;

import io.patchbay.discovery.Collection;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import java.util.Objects;

/**
 * A host read over SSH: the session is opened on the first refresh and kept; every refresh is one
 * exec of the fixed {@link Collection#SCRIPT} on it, turned into a topology by
 * {@link Collection#toTopology}.
 */
public final class SshHostSource implements HostSource {
    private final String displayName;
    private final SshTarget target;
    private final SshSettings settings;
    private final HostKeyDecider decider;
    private final SshCredentials credentials;
    private volatile SshConnection connection;
    private volatile boolean closed;

    /** Host keys decided as the CLI does ({@code settings.acceptNewHostKey()}). */
    public SshHostSource(String displayName, SshTarget target, SshSettings settings) {
        this(displayName, target, settings, HostKeyDecider.cli(settings.acceptNewHostKey()));
    }

    /**
     * @param displayName the host's name on screen, or null for the name the host reports
     * @param decider     asked about first-seen host keys (the UI's dialog, or the CLI's rule)
     */
    public SshHostSource(String displayName, SshTarget target, SshSettings settings, HostKeyDecider decider) {
        this(displayName, target, settings, decider, SshCredentials.nobody());
    }

    /** @param credentials asked for key passphrases and passwords (the UI's dialogs, the CLI's terminal) */
    public SshHostSource(String displayName, SshTarget target, SshSettings settings, HostKeyDecider decider, SshCredentials credentials) {
        this.displayName = displayName;
        this.target = Objects.requireNonNull(target, "target");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public String describe() {
        SshConnection c = connection;
        return "ssh " + (c != null ? c.target().display() : target.toString());
    }

    @Override
    public synchronized HostTopology refresh() throws PatchbayException {
        if (closed) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("source.closed", describe()));
        }
        if (connection == null) {
            connection = SshConnection.open(target, settings, decider, credentials);
            if (closed) {
                connection.close();
                throw new PatchbayException(Reason.OTHER, Sentence.of("source.closedWhileConnecting", describe()));
            }
        }
        String host = connection.target().address();
        ExecResult r = connection.exec(Collection.SCRIPT, settings.commandTimeout());
        if (r.exitStatus() != 0) {
            throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("ssh.collectionFailed", host, r.exitStatus(),
                    firstLine(r.stderr())));
        }
        return Collection.toTopology(r.stdout(), displayName, "ssh", "ssh " + (displayName != null ? displayName : target.host()));
    }

    /** The open connection, or null before the first refresh (for tests). */
    SshConnection connection() {
        return connection;
    }

    /** SSH sessions opened so far (1 while the first one lasts): lets tests see the session is reused. */
    public int sessionsOpened() {
        SshConnection c = connection;
        return c == null ? 0 : c.sessionsOpened();
    }

    @Override
    public void close() {
        closed = true;
        SshConnection c = connection;
        if (c != null) {
            c.close();
        }
    }

    private static String firstLine(String stderr) {
        String s = stderr.strip();
        if (s.isEmpty()) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return ": " + SshTarget.printable(line.length() > 200 ? line.substring(0, 200) : line);
    }
}
