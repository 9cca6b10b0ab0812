package io.patchbay.discovery.ssh;

import java.nio.file.Path;

/**
 * A connect attempt that ended because a secret was not given: the user cancelled, answered wrong
 * too often, or nobody could be asked. Thrown (unchecked) out of JSch's authentication, which
 * passes runtime exceptions through; {@link SessionOpener} turns it into a PatchbayException
 * whose cause it is, so callers can tell the case by type.
 */
public final class CredentialsNotGiven extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the secret is missing. */
    public enum Why {
        /** The user pressed Cancel (or ended the terminal's input). */
        CANCELLED,
        /** Every allowed answer was wrong. */
        TOO_MANY_WRONG,
        /** No dialog and no terminal to ask in. */
        NOBODY_TO_ASK
    }

    private final Why why;
    private final CredentialKind kind;
    private final transient Path keyFile;

    CredentialsNotGiven(Why why, CredentialKind kind, Path keyFile, String message) {
        super(message);
        this.why = why;
        this.kind = kind;
        this.keyFile = keyFile;
    }

    public Why why() {
        return why;
    }

    public CredentialKind kind() {
        return kind;
    }

    /** The encrypted key file, for a passphrase; null otherwise. */
    public Path keyFile() {
        return keyFile;
    }
}
