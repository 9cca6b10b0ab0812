package io.patchbay.discovery.ssh;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a kept secret opens: the passphrase of one key file, or the password of one account.
 *
 * @param kind    PASSPHRASE or PASSWORD (keyboard-interactive answers are never kept)
 * @param subject the key file's absolute path, or {@code user@host[:port]}
 */
public record SecretKey(CredentialKind kind, String subject) {
    public SecretKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (kind == CredentialKind.KEYBOARD_INTERACTIVE) {
            throw new IllegalArgumentException("keyboard-interactive answers are not kept");
        }
    }

    public static SecretKey passphrase(Path keyFile) {
        return new SecretKey(CredentialKind.PASSPHRASE, keyFile.toAbsolutePath().normalize().toString());
    }

    public static SecretKey password(String account) {
        return new SecretKey(CredentialKind.PASSWORD, account);
    }

    /** The Secret Service attributes the item is stored and found under. */
    public Map<String, String> attributes() {
        return Map.of("application", "patchbay", "kind", kind == CredentialKind.PASSPHRASE ? "passphrase" : "password",
                "subject", subject);
    }

    /** The item's label in the keyring's own UI (Seahorse, KWalletManager). */
    public String label() {
        return (kind == CredentialKind.PASSPHRASE ? "Patchbay: passphrase of " : "Patchbay: password of ") + subject;
    }
}
