package io.patchbay.settings;

/** console.json cannot be used: why, and a sentence for the log. */
public final class SettingsException extends Exception {
    /** Why the file cannot be used. */
    public enum Reason {
        /** Not JSON, not the expected shape, or a value this console never writes. */
        CORRUPT,
        /** Written by a newer console whose format this one does not know. */
        NEWER_VERSION
    }

    private final Reason reason;
    private final int version;

    SettingsException(Reason reason, int version, String message) {
        super(message);
        this.reason = reason;
        this.version = version;
    }

    public Reason reason() {
        return reason;
    }

    /** The file's version when it is newer, else 0. */
    public int version() {
        return version;
    }
}
