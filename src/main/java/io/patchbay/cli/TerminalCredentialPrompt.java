package io.patchbay.cli;

import io.patchbay.discovery.ssh.CredentialAnswer;
import io.patchbay.discovery.ssh.CredentialPrompt;
import io.patchbay.discovery.ssh.CredentialRequest;
import io.patchbay.discovery.ssh.SessionSecrets;
import io.patchbay.discovery.ssh.SshCredentials;
import java.io.Console;
import java.util.Arrays;

/**
 * The command line's questions for SSH secrets, as OpenSSH asks them: on the terminal, echo off
 * ({@link Console#readPassword}). End of input (Ctrl-D) cancels. Without a terminal nobody is
 * asked: an encrypted key then fails the connect with a message naming it.
 */
final class TerminalCredentialPrompt implements CredentialPrompt {
    private final Console console;

    private TerminalCredentialPrompt(Console console) {
        this.console = console;
    }

    /** The terminal's prompt when there is a terminal, else nobody; secrets kept for this run only. */
    static SshCredentials credentials() {
        Console c = System.console();
        return c == null ? SshCredentials.nobody() : new SshCredentials(new TerminalCredentialPrompt(c), SessionSecrets.memoryOnly());
    }

    @Override
    public CredentialAnswer ask(CredentialRequest r) {
        if (r.retry()) {
            console.printf("Permission denied, please try again (%d of %d).%n", r.attempt(), r.maxAttempts());
        }
        return switch (r.kind()) {
            case PASSPHRASE -> one(console.readPassword("Enter passphrase for key '%s': ", r.keyFile()));
            case PASSWORD -> one(console.readPassword("%s's password: ", r.account()));
            case KEYBOARD_INTERACTIVE -> keyboardInteractive(r);
        };
    }

    private CredentialAnswer keyboardInteractive(CredentialRequest r) {
        if (!r.name().isBlank()) {
            console.printf("%s%n", r.name());
        }
        if (!r.instruction().isBlank()) {
            console.printf("%s%n", r.instruction());
        }
        char[][] answers = new char[r.fields().size()][];
        for (int i = 0; i < answers.length; i++) {
            CredentialRequest.Field f = r.fields().get(i);
            char[] a;
            if (f.echo()) {
                String line = console.readLine("%s", f.prompt());
                a = line == null ? null : line.toCharArray();
            } else {
                a = console.readPassword("%s", f.prompt());
            }
            if (a == null) {
                for (int j = 0; j < i; j++) {
                    Arrays.fill(answers[j], '\0');
                }
                return CredentialAnswer.cancelled();
            }
            answers[i] = a;
        }
        return CredentialAnswer.of(false, answers);
    }

    private static CredentialAnswer one(char[] secret) {
        return secret == null ? CredentialAnswer.cancelled() : CredentialAnswer.of(false, secret);
    }
}
