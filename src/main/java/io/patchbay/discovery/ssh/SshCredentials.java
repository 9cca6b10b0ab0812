package io.patchbay.discovery.ssh;

import java.util.Objects;

/**
 * Who is asked for secrets during SSH authentication, and where given secrets are kept for the
 * rest of the run.
 */
public record SshCredentials(CredentialPrompt prompt, SessionSecrets secrets) {
    public SshCredentials {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(secrets, "secrets");
    }

    /** Nobody to ask, nothing kept: keys only, encrypted ones only through the agent. */
    public static SshCredentials nobody() {
        return new SshCredentials(CredentialPrompt.NOBODY, SessionSecrets.memoryOnly());
    }
}
