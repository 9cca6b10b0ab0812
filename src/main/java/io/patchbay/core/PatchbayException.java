package io.patchbay.core;

/**
 * Something Patchbay was asked to do failed. The message is one sentence naming the thing at fault; the reason maps
 * to the CLI's exit codes (docs/CLI.md).
 */
public class PatchbayException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why it failed; {@link #exitCode()} follows docs/CLI.md. */
    public enum Reason {
        BAD_INPUT(2), NOT_FOUND(3), REFUSED(4), REMOTE(5), OTHER(1);

        private final int exitCode;

        Reason(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Reason reason;

    public PatchbayException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PatchbayException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
