package io.patchbay.discovery.ssh;

import com.jcraft.jsch.Identity;
import java.nio.file.Path;

/**
 * An encrypted key file offered to the server. JSch would ask for the passphrase of every
 * encrypted key before it knows whether the server wants it, up to 5 times, through a String; this
 * wrapper tells JSch the key is usable and decrypts it only when a signature is needed — after the
 * server accepted the public key, as OpenSSH does — through {@link CredentialAsker}.
 */
final class PassphraseIdentity implements Identity {
    private final Identity encrypted;
    private final Path file;
    private final CredentialAsker asker;
    private boolean unusable;

    PassphraseIdentity(Identity encrypted, Path file, CredentialAsker asker) {
        this.encrypted = encrypted;
        this.file = file;
        this.asker = asker;
    }

    /** Nothing to do here: decrypted on demand. */
    @Override
    public boolean setPassphrase(byte[] passphrase) {
        return true;
    }

    @Override
    public byte[] getPublicKeyBlob() {
        byte[] blob = encrypted.getPublicKeyBlob();
        if (blob == null && unlock()) {
            blob = encrypted.getPublicKeyBlob(); // an old PEM key without .pub: known only once decrypted
        }
        return blob;
    }

    /** The public key blob as far as it is known without decrypting (null for an old PEM key without .pub). */
    byte[] knownPublicKeyBlob() {
        return encrypted.getPublicKeyBlob();
    }

    @Override
    public byte[] getSignature(byte[] data) {
        return unlock() ? encrypted.getSignature(data) : null;
    }

    @Override
    public byte[] getSignature(byte[] data, String alg) {
        return unlock() ? encrypted.getSignature(data, alg) : null;
    }

    @Override
    public String getAlgName() {
        return encrypted.getAlgName();
    }

    @Override
    public String getName() {
        return encrypted.getName();
    }

    /** Never "encrypted" for JSch: JSch must not prompt on its own. */
    @Override
    public boolean isEncrypted() {
        return false;
    }

    @Override
    public void clear() {
        encrypted.clear();
    }

    /** Decrypts once; false when the key cannot be used (nobody to ask). */
    private boolean unlock() {
        if (unusable) {
            return false;
        }
        if (!asker.unlock(encrypted, file)) {
            unusable = true;
            return false;
        }
        return true;
    }
}
