package io.patchbay.discovery.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Vector;

/**
 * The keys offered to a server, in order: first the ssh-agent's (when one is used), then the key
 * files; a key file whose key the agent already offered is left out. Read-only: nothing is ever added to or removed from the agent through it.
 */
final class CombinedIdentityRepository implements IdentityRepository {
    private final IdentityRepository agent;
    private final Set<String> agentAllowed;
    private final List<Identity> files;

    /**
     * @param agent        the agent's repository, or null for none
     * @param agentAllowed base64 public key blobs the agent may offer (IdentitiesOnly), or null for all
     * @param files        the usable key files
     */
    CombinedIdentityRepository(IdentityRepository agent, Set<String> agentAllowed, List<Identity> files) {
        this.agent = agent;
        this.agentAllowed = agentAllowed == null ? null : Set.copyOf(agentAllowed);
        this.files = List.copyOf(files);
    }

    @Override
    public String getName() {
        return "patchbay identities";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public Vector<Identity> getIdentities() {
        Vector<Identity> all = new Vector<>();
        Set<String> offered = new HashSet<>();
        if (agent != null) {
            for (Identity id : agent.getIdentities()) {
                byte[] blob = id.getPublicKeyBlob();
                String b64 = blob == null ? null : Base64.getEncoder().encodeToString(blob);
                if (agentAllowed == null || (b64 != null && agentAllowed.contains(b64))) {
                    all.add(id);
                    if (b64 != null) {
                        offered.add(b64);
                    }
                }
            }
        }
        for (Identity id : files) {
            // a key the agent already offered is not offered again (its file may be encrypted: no question then)
            if (!(id instanceof PassphraseIdentity) || offered.isEmpty() || !offered.contains(blobOf(id))) {
                all.add(id);
            }
        }
        return all;
    }

    private static String blobOf(Identity id) {
        byte[] blob = id instanceof PassphraseIdentity p ? p.knownPublicKeyBlob() : id.getPublicKeyBlob();
        return blob == null ? "" : Base64.getEncoder().encodeToString(blob);
    }

    @Override
    public boolean add(byte[] identity) {
        return false;
    }

    @Override
    public boolean remove(byte[] blob) {
        return false;
    }

    @Override
    public void removeAll() {
        // read-only
    }
}
