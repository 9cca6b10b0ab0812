package io.patchbay.discovery.ssh;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secrets given during this run, in memory only (gone when the program ends; {@link #clear()}
 * wipes them before), plus the desktop's keyring for those the user asked to remember there. A
 * secret found wrong is forgotten in both.
 */
public final class SessionSecrets {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSecrets.class);
    private final Map<SecretKey, char[]> memory = new ConcurrentHashMap<>();
    private final Keyring keyring;

    public SessionSecrets(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /** Memory only. */
    public static SessionSecrets memoryOnly() {
        return new SessionSecrets(Keyring.NONE);
    }

    /** True when answers may be remembered in the keyring (asks the session bus: not on a UI thread). */
    public boolean keyringAvailable() {
        return keyring.isAvailable();
    }

    /** A copy of the secret kept for {@code key} (memory first, then the keyring), which the caller wipes. */
    public Optional<char[]> lookup(SecretKey key) {
        char[] kept = memory.get(key);
        if (kept != null) {
            return Optional.of(kept.clone());
        }
        Optional<char[]> stored = readKeyring(key);
        stored.ifPresent(s -> memory.put(key, s.clone()));
        return stored;
    }

    /** Keeps a copy for the session; also in the keyring when {@code inKeyring}. */
    public void keep(SecretKey key, char[] secret, boolean inKeyring) {
        char[] old = memory.put(key, secret.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        if (inKeyring && keyring.isAvailable()) {
            try {
                keyring.write(key, secret);
            } catch (RuntimeException e) {
                LOG.warn("could not store the secret for {} in the keyring: {}", key.label(), e.toString());
            }
        }
    }

    /** Forgets a secret that turned out wrong (memory and keyring). */
    public void forget(SecretKey key) {
        char[] old = memory.remove(key);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        if (keyring.isAvailable()) {
            try {
                keyring.delete(key);
            } catch (RuntimeException e) {
                LOG.warn("could not remove the secret for {} from the keyring: {}", key.label(), e.toString());
            }
        }
    }

    /** Wipes every secret kept in memory (the keyring keeps its own). */
    public void clear() {
        for (SecretKey k : memory.keySet()) {
            char[] old = memory.remove(k);
            if (old != null) {
                Arrays.fill(old, '\0');
            }
        }
    }

    /** Wipes the memory and lets go of the keyring (the program is ending). */
    public void close() {
        clear();
        keyring.close();
    }

    private Optional<char[]> readKeyring(SecretKey key) {
        if (!keyring.isAvailable()) {
            return Optional.empty();
        }
        try {
            return keyring.read(key);
        } catch (RuntimeException e) {
            LOG.warn("could not read the keyring for {}: {}", key.label(), e.toString());
            return Optional.empty();
        }
    }
}
