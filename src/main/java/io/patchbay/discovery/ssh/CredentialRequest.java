package io.patchbay.discovery.ssh;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One question of an SSH connect to the user. The faces (dialog, terminal) word it themselves from
 * the kind; only keyboard-interactive carries the server's own texts, made printable.
 *
 * @param kind           what is asked
 * @param account        {@code user@host[:port]} being logged into
 * @param keyFile        the encrypted key file (PASSPHRASE), else null
 * @param attempt        1 for the first question; more means the previous answer was wrong
 * @param maxAttempts    how many answers are tried before the connect gives up
 * @param keyringOffered true when the answer may be kept in the desktop's keyring (Secret Service)
 * @param name           keyboard-interactive: the server's name for the exchange (may be empty), else empty
 * @param instruction    keyboard-interactive: the server's instruction (may be empty), else empty
 * @param fields         what to fill in: one hidden field for a passphrase or password, the server's prompts otherwise
 */
public record CredentialRequest(CredentialKind kind, String account, Path keyFile, int attempt, int maxAttempts,
                                boolean keyringOffered, String name, String instruction, List<Field> fields) {

    /** One answer field: the server's prompt for keyboard-interactive (empty otherwise) and whether the answer may show. */
    public record Field(String prompt, boolean echo) {
        public Field {
            prompt = SshTarget.printable(Objects.requireNonNull(prompt, "prompt"));
        }
    }

    public CredentialRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        if ((kind == CredentialKind.PASSPHRASE) != (keyFile != null)) {
            throw new IllegalArgumentException("a key file goes with a passphrase question, and only there");
        }
        if (attempt < 1 || attempt > maxAttempts) {
            throw new IllegalArgumentException("attempt " + attempt + " of " + maxAttempts);
        }
        name = SshTarget.printable(Objects.requireNonNullElse(name, ""));
        instruction = printableLines(Objects.requireNonNullElse(instruction, ""));
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a question needs at least one field");
        }
    }

    /** A passphrase question for {@code keyFile}. */
    static CredentialRequest passphrase(String account, Path keyFile, int attempt, int maxAttempts, boolean keyringOffered) {
        return new CredentialRequest(CredentialKind.PASSPHRASE, account, keyFile, attempt, maxAttempts, keyringOffered, "", "",
                List.of(new Field("", false)));
    }

    /** A password question for {@code account}. */
    static CredentialRequest password(String account, int attempt, int maxAttempts, boolean keyringOffered) {
        return new CredentialRequest(CredentialKind.PASSWORD, account, null, attempt, maxAttempts, keyringOffered, "", "",
                List.of(new Field("", false)));
    }

    /** The server's text with its line breaks kept and every other control character shown as '?' (at most 1,000 characters). */
    private static String printableLines(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 1000));
        text.codePoints().limit(1000).forEach(c -> b.appendCodePoint(c == '\n' || !Character.isISOControl(c) ? c : '?'));
        return b.toString();
    }

    /** True when the previous answer to the same question was refused. */
    public boolean retry() {
        return attempt > 1;
    }
}
