package io.patchbay.core;

/**
 * Something Patchbay was asked to do failed: {@link #reason()} says what happened (the CLI maps it to its exit
 * code, docs/CLI.md), {@link #sentence()} says it to people as a key and arguments. {@link #getMessage()} is the
 * command line's English sentence, naming the thing at fault.
 */
public class PatchbayException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What happened. Decisions are made on these, never on the text of a message. */
    public enum Reason {
        /** The input (an option, a file, a name) is malformed or contradicts itself. */
        BAD_INPUT,
        /** A host, VM, vNIC, bridge, network, pool or file named does not exist. */
        NOT_FOUND,
        /** The host's SSH key is not known and was not accepted. */
        HOST_KEY_UNKNOWN,
        /** The host's SSH key differs from the one remembered: possibly an attack. */
        HOST_KEY_CHANGED,
        /** The MAC asked for is already used by a vNIC or claimed. */
        MAC_IN_USE,
        /** A MAC pool has no free address left. */
        POOL_EXHAUSTED,
        /** Patchbay refuses to do it as asked (unsafe, or the VM cannot take it). */
        REFUSED,
        /** The host, its daemon or the network failed or could not be reached. */
        REMOTE_FAILED,
        /** Anything else (a bug, a local I/O failure). */
        OTHER
    }

    private final Reason reason;
    private final transient Sentence sentence;

    public PatchbayException(Reason reason, Sentence sentence) {
        super(sentence.english());
        this.reason = reason;
        this.sentence = sentence;
    }

    public PatchbayException(Reason reason, Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.reason = reason;
        this.sentence = sentence;
    }

    /** A failure whose sentence has no key yet (shown as it is, also in the console). */
    public PatchbayException(Reason reason, String message) {
        this(reason, Sentence.plain(message));
    }

    public PatchbayException(Reason reason, String message, Throwable cause) {
        this(reason, Sentence.plain(message), cause);
    }

    public Reason reason() {
        return reason;
    }

    /** What to tell people, as a key of the core bundle and its arguments (or plain text). */
    public Sentence sentence() {
        return sentence == null ? Sentence.plain(getMessage()) : sentence;
    }
}
