package io.patchbay.discovery.ssh;

/**
 * Asks the user for a passphrase, a password or the server's keyboard-interactive questions. The
 * console shows a dialog, the command line reads from the terminal with echo off. Called on the
 * connecting thread, never on a UI thread; it blocks until the user answers.
 */
@FunctionalInterface
public interface CredentialPrompt {

    /** Nobody to ask (a command line without a terminal): encrypted keys are skipped and named in the failure. */
    CredentialPrompt NOBODY = new CredentialPrompt() {
        @Override
        public CredentialAnswer ask(CredentialRequest request) {
            return CredentialAnswer.cancelled();
        }

        @Override
        public boolean canAsk() {
            return false;
        }
    };

    /** The user's answer, or {@link CredentialAnswer#cancelled()}; never null. */
    CredentialAnswer ask(CredentialRequest request);

    /** False when no one can answer: then password methods are not offered and encrypted keys are skipped. */
    default boolean canAsk() {
        return true;
    }
}
