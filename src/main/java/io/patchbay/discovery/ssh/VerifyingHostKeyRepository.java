package io.patchbay.discovery.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Strict host key checking over an OpenSSH known_hosts file. JSch's KnownHosts does the matching
 * (plain and hashed {@code |1|} entries); this wrapper decides what happens otherwise: an unknown
 * key goes to the {@link HostKeyDecider} (and is appended to the file when it says so), a changed
 * key is always refused. The reason for a refusal is kept, with the fingerprint as OpenSSH prints
 * it and how to proceed, for {@link #refusal()}.
 *
 * <p>Sessions using it must keep {@code StrictHostKeyChecking=yes}: this class never lets JSch add
 * keys itself ({@link #add} is ignored).
 */
final class VerifyingHostKeyRepository implements HostKeyRepository {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyingHostKeyRepository.class);

    private final HostKeyRepository knownHosts;
    private final KnownHostsFile file;
    private final HostKeyDecider decider;
    private final Set<String> acceptedOnce;
    private volatile PatchbayException refusal;
    private volatile boolean deciding;

    private VerifyingHostKeyRepository(HostKeyRepository knownHosts, KnownHostsFile file, HostKeyDecider decider,
                                       Set<String> acceptedOnce) {
        this.knownHosts = knownHosts;
        this.acceptedOnce = acceptedOnce;
        this.file = file;
        this.decider = decider;
    }

    /** A set to share between the connects of one connection, for keys accepted once. */
    static Set<String> newAcceptedOnceSet() {
        return ConcurrentHashMap.newKeySet();
    }

    /**
     * Reads {@code knownHostsFile} (a missing file is an empty one).
     *
     * @param acceptedOnce keys accepted for the connection only ({@link HostKeyDecider.Decision#ACCEPT_ONCE}),
     *                     shared so that a reconnect does not ask again
     */
    static VerifyingHostKeyRepository load(Path knownHostsFile, HostKeyDecider decider, Set<String> acceptedOnce)
            throws PatchbayException {
        JSch reader = new JSch();
        try {
            if (Files.exists(knownHostsFile)) {
                if (!Files.isRegularFile(knownHostsFile) || !Files.isReadable(knownHostsFile)) {
                    throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.knownHosts.notReadable", knownHostsFile));
                }
                reader.setKnownHosts(knownHostsFile.toString());
            } else {
                reader.setKnownHosts(new java.io.ByteArrayInputStream(new byte[0]));
            }
        } catch (JSchException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.knownHosts.cannotRead", knownHostsFile, e.getMessage()), e);
        }
        return new VerifyingHostKeyRepository(reader.getHostKeyRepository(), new KnownHostsFile(knownHostsFile), decider,
                acceptedOnce);
    }

    /** True while the decider is being asked (a user may be reading a dialog). */
    boolean isDeciding() {
        return deciding;
    }

    /** Why the last check refused the host key, or null when it did not. */
    PatchbayException refusal() {
        return refusal;
    }

    @Override
    public int check(String host, byte[] key) {
        String type = HostKeyBlob.type(key);
        String fingerprint = HostKeyBlob.sha256Fingerprint(key);
        if (acceptedOnce.contains(host + " " + HostKeyBlob.base64(key))) {
            return OK;
        }
        int verdict;
        synchronized (knownHosts) {
            verdict = knownHosts.check(host, key);
        }
        if (verdict == OK) {
            LOG.debug("host key of {} matches {} ({} {})", host, file.path(), type, fingerprint);
            return OK;
        }
        if (verdict == CHANGED) {
            refusal = changed(host, type, fingerprint);
            LOG.warn("refused the CHANGED host key of {} ({} {})", host, type, fingerprint);
            return CHANGED;
        }
        UnknownHostKey unknown = new UnknownHostKey(host, type, fingerprint, file.path());
        HostKeyDecider.Decision decision;
        deciding = true;
        try {
            decision = decider.decide(unknown);
        } catch (RuntimeException e) {
            LOG.warn("host key decider failed; refusing the key of {}", host, e);
            decision = HostKeyDecider.Decision.REFUSE;
        } finally {
            deciding = false;
        }
        if (decision == null || decision == HostKeyDecider.Decision.REFUSE) {
            refusal = unknownRefused(unknown);
            return NOT_INCLUDED;
        }
        if (decision == HostKeyDecider.Decision.ACCEPT_AND_REMEMBER) {
            try {
                file.append(host, key);
                LOG.info("added the {} host key of {} ({}) to {}", unknown.displayType(), host, fingerprint, file.path());
            } catch (IOException e) {
                refusal = new PatchbayException(Reason.OTHER, Sentence.of("ssh.hostKey.cannotStore",
                        unknown.displayType(), host, fingerprint, file.path(), e.getMessage()), e);
                return NOT_INCLUDED;
            }
        } else {
            LOG.info("accepted the {} host key of {} ({}) for this connection only", unknown.displayType(), host, fingerprint);
        }
        acceptedOnce.add(host + " " + HostKeyBlob.base64(key));
        return OK;
    }

    private PatchbayException unknownRefused(UnknownHostKey k) {
        return new PatchbayException(Reason.HOST_KEY_UNKNOWN, Sentence.of("ssh.hostKey.unknown", k.displayType(),
                k.hostEntry(), k.fingerprint(), k.knownHosts()));
    }

    private PatchbayException changed(String host, String type, String fingerprint) {
        List<KnownHostsFile.Entry> entries = file.entriesFor(host);
        if (entries.isEmpty() && host.startsWith("[") && host.indexOf("]:") > 1) {
            entries = file.entriesFor(host.substring(1, host.indexOf("]:"))); // JSch also checks the port-22 name
        }
        List<KnownHostsFile.Entry> sameType = entries.stream().filter(e -> e.keyType().equals(type)).collect(Collectors.toList());
        List<KnownHostsFile.Entry> offending = sameType.isEmpty() ? entries : sameType;
        String where;
        if (offending.isEmpty()) {
            where = file.path().toString();
        } else {
            where = file.path() + " line " + offending.stream().map(e -> String.valueOf(e.line())).collect(Collectors.joining(", "))
                    + " (which has " + offending.stream().map(VerifyingHostKeyRepository::fingerprintOf).collect(Collectors.joining(", ")) + ")";
        }
        return new PatchbayException(Reason.HOST_KEY_CHANGED, Sentence.of("ssh.hostKey.changed", host,
                HostKeyBlob.displayType(type), fingerprint, where, host, file.path()));
    }

    private static String fingerprintOf(KnownHostsFile.Entry e) {
        try {
            return HostKeyBlob.sha256Fingerprint(Base64.getDecoder().decode(e.key()));
        } catch (IllegalArgumentException bad) {
            return "an unreadable key";
        }
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        LOG.debug("ignored JSch's request to add a host key for {}", hostkey.getHost());
    }

    @Override
    public void remove(String host, String type) {
        LOG.debug("ignored JSch's request to remove host keys of {}", host);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        LOG.debug("ignored JSch's request to remove a host key of {}", host);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return file.path().toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return knownHosts.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return knownHosts.getHostKey(host, type);
    }
}
