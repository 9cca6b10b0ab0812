package io.patchbay.discovery.ssh;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A user who answers from a script: each question takes the next answer (a secret, or cancel).
 * Records every question; a question beyond the script fails the test's connect loudly.
 */
final class ScriptedPrompt implements CredentialPrompt {
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<CredentialRequest> asked = new ArrayList<>();
    private final List<char[]> given = new ArrayList<>();
    static final String CANCEL = "\u0000cancel";

    /** The answers in order; {@link #CANCEL} for the Cancel button. */
    ScriptedPrompt(String... script) {
        answers.addAll(List.of(script));
    }

    @Override
    public synchronized CredentialAnswer ask(CredentialRequest request) {
        asked.add(request);
        String next = answers.poll();
        if (next == null) {
            throw new AssertionError("asked more than scripted: " + request);
        }
        if (next.equals(CANCEL)) {
            return CredentialAnswer.cancelled();
        }
        char[][] values = new char[request.fields().size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = next.toCharArray();
            given.add(values[i]);
        }
        return CredentialAnswer.of(false, values);
    }

    synchronized List<CredentialRequest> asked() {
        return List.copyOf(asked);
    }

    /** The arrays handed out, to check that they were wiped. */
    synchronized List<char[]> given() {
        return List.copyOf(given);
    }
}
