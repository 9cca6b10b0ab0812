package io.patchbay.discovery.ssh;

/** What an SSH connect asks the user for. */
public enum CredentialKind {
    /** The passphrase of an encrypted private key file that no agent holds. */
    PASSPHRASE,
    /** The account's password ("password" authentication). */
    PASSWORD,
    /** The server's own questions ("keyboard-interactive" authentication, e.g. a password or a one-time code). */
    KEYBOARD_INTERACTIVE
}
