package io.patchbay.discovery.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.UnixDomainSocketFactory;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys for one host: the ssh-agent's (JSch's AgentIdentityRepository over a Unix socket, Java
 * 16+ factory) and the key files that exist (ed25519, ECDSA, RSA; RSA signs with rsa-sha2-256/512).
 * Keeps a readable list of what will be tried, for the authentication-failed message. Encrypted
 * key files are decrypted when the server accepts them ({@link PassphraseIdentity}). Key material
 * and passphrases are never logged.
 *
 * @param repository what the session offers to the server
 * @param tried      what is offered, in words (e.g. "agent /tmp/a.sock (2 keys)", "~/.ssh/id_ed25519")
 */
record SshIdentities(IdentityRepository repository, List<String> tried) {
    private static final Logger LOG = LoggerFactory.getLogger(SshIdentities.class);

    SshIdentities {
        tried = List.copyOf(tried);
    }

    /**
     * Loads the keys for {@code host}. Files given on the command line ({@code explicit}) must exist
     * and be readable keys; other missing or unreadable files are skipped, as OpenSSH does.
     */
    static SshIdentities load(ResolvedHost host, List<Path> explicit, Path home) throws PatchbayException {
        return load(host, explicit, home, null);
    }

    /**
     * As {@link #load(ResolvedHost, List, Path)}; encrypted key files are offered through
     * {@code asker}, which asks for their passphrase once the server accepts the key (null: they
     * are only usable through the agent).
     */
    static SshIdentities load(ResolvedHost host, List<Path> explicit, Path home, CredentialAsker asker) throws PatchbayException {
        List<String> tried = new ArrayList<>();
        IdentityRepository agent = null;
        if (host.agentSocket().isPresent()) {
            Path sock = host.agentSocket().get();
            try {
                SSHAgentConnector connector = new SSHAgentConnector(new UnixDomainSocketFactory(), sock);
                if (!connector.isAvailable()) {
                    tried.add("agent " + sock + " (not reachable)");
                } else {
                    AgentIdentityRepository repo = new AgentIdentityRepository(connector);
                    int n = repo.getIdentities().size();
                    agent = repo;
                    tried.add("agent " + sock + " (" + n + (n == 1 ? " key)" : " keys)"));
                }
            } catch (AgentProxyException | RuntimeException e) {
                LOG.debug("ssh-agent at {} not usable: {}", sock, e.toString());
                tried.add("agent " + sock + " (not reachable)");
            }
        }
        List<Identity> files = new ArrayList<>();
        Set<String> fileBlobs = new HashSet<>();
        JSch loader = new JSch();
        for (Path file : host.identityFiles()) {
            boolean fromCommandLine = explicit.contains(file);
            String shown = shorten(file, home);
            if (!Files.isRegularFile(file)) {
                if (fromCommandLine) {
                    throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.identity.missing", file));
                }
                continue;
            }
            int before;
            try {
                before = loader.getIdentityRepository().getIdentities().size();
                loader.addIdentity(file.toString());
            } catch (JSchException | RuntimeException e) {
                if (fromCommandLine) {
                    throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.identity.unusable", file, e.getMessage()), e);
                }
                LOG.warn("skipping identity file {}: not a usable private key ({})", file, e.getMessage());
                tried.add(shown + " (unusable)");
                continue;
            }
            List<Identity> loaded = loader.getIdentityRepository().getIdentities();
            if (loaded.size() == before) {
                continue; // the same key file twice
            }
            Identity id = loaded.get(loaded.size() - 1);
            byte[] blob = id.getPublicKeyBlob();
            if (blob != null) {
                fileBlobs.add(Base64.getEncoder().encodeToString(blob));
            }
            if (id.isEncrypted()) {
                if (asker == null) {
                    LOG.warn("not using identity file {} directly: it is encrypted and there is no passphrase prompt; add it to ssh-agent", file);
                    tried.add(shown + " (encrypted, only through the agent)");
                    continue;
                }
                files.add(new PassphraseIdentity(id, file, asker));
                tried.add(shown + " (encrypted)");
                continue;
            }
            files.add(id);
            tried.add(shown);
        }
        return new SshIdentities(new CombinedIdentityRepository(agent, host.identitiesOnly() ? fileBlobs : null, files), tried);
    }

    /** {@code ~/.ssh/id_ed25519} for files under the home folder. */
    static String shorten(Path file, Path home) {
        Path abs = file.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        return abs.startsWith(h) ? "~/" + h.relativize(abs) : abs.toString();
    }
}
