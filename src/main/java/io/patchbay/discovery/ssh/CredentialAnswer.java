package io.patchbay.discovery.ssh;

import java.util.Arrays;
import java.util.Objects;

/**
 * The user's answer to a {@link CredentialRequest}: the secrets as {@code char[]} (never a String
 * here), or "cancelled". Whoever receives it closes it, which overwrites the secrets with zeros.
 */
public final class CredentialAnswer implements AutoCloseable {
    private static final char[][] NONE = new char[0][];
    private final char[][] values;
    private final boolean remember;
    private final boolean cancelled;

    private CredentialAnswer(char[][] values, boolean remember, boolean cancelled) {
        this.values = values;
        this.remember = remember;
        this.cancelled = cancelled;
    }

    /** The user cancelled: the connect attempt ends. */
    public static CredentialAnswer cancelled() {
        return new CredentialAnswer(NONE, false, true);
    }

    /**
     * The answers, one per field, in the request's order. The arrays are taken over (not copied):
     * closing the answer wipes them.
     *
     * @param remember keep the secret in the desktop's keyring (only when the request offered it)
     */
    public static CredentialAnswer of(boolean remember, char[]... values) {
        Objects.requireNonNull(values, "values");
        for (char[] v : values) {
            Objects.requireNonNull(v, "value");
        }
        return new CredentialAnswer(values.clone(), remember, false);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean remember() {
        return remember;
    }

    public int size() {
        return values.length;
    }

    /** The i-th secret itself (not a copy): valid until {@link #close()}. */
    public char[] value(int i) {
        return values[i];
    }

    /** Overwrites every secret with zeros. */
    @Override
    public void close() {
        for (char[] v : values) {
            Arrays.fill(v, '\0');
        }
    }
}
