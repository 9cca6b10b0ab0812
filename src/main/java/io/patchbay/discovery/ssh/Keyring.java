package io.patchbay.discovery.ssh;

import java.util.Optional;

/**
 * The desktop's keyring (Secret Service: GNOME Keyring, KWallet). Secrets go there only when the
 * user ticks "Remember in the keyring"; Patchbay never writes a secret to a file of its own.
 */
public interface Keyring {

    /** No keyring: the session's memory is all there is. */
    Keyring NONE = new Keyring() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public Optional<char[]> read(SecretKey key) {
            return Optional.empty();
        }

        @Override
        public void write(SecretKey key, char[] secret) {
            throw new IllegalStateException("no keyring");
        }

        @Override
        public void delete(SecretKey key) {
            // nothing kept
        }
    };

    /** True when a Secret Service answers on the session bus. */
    boolean isAvailable();

    /** The kept secret (the caller wipes it), or empty. */
    Optional<char[]> read(SecretKey key);

    /** Stores the secret (replacing an older one); the array stays the caller's. */
    void write(SecretKey key, char[] secret);

    /** Removes the secret, when there is one. */
    void delete(SecretKey key);

    /** Lets go of the connection to the keyring (its threads must not keep the program alive). */
    default void close() {
        // nothing held
    }
}
