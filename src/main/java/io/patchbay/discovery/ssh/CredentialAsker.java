package io.patchbay.discovery.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSchException;
import io.patchbay.discovery.ssh.CredentialsNotGiven.Why;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secrets of one connect attempt to one host: a kept secret is tried first (without asking);
 * then the user is asked, at most {@link #MAX_TRIES} times per question, as OpenSSH does. Cancel
 * ends the attempt. Secrets go from the answer's {@code char[]} into JSch and are wiped; none is
 * logged.
 */
final class CredentialAsker {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialAsker.class);
    /** OpenSSH's NumberOfPasswordPrompts default, also used for passphrases. */
    static final int MAX_TRIES = 3;

    private final SshCredentials credentials;
    private final String account;
    private final AtomicInteger asking = new AtomicInteger();
    private final List<Path> unasked = new CopyOnWriteArrayList<>();
    private int passwordAttempts;
    private boolean passwordFromMemoryTried;
    private int keyboardRounds;
    private volatile Runnable afterQuestion = () -> { };
    private char[] pendingPassword;
    private boolean pendingRemember;

    CredentialAsker(SshCredentials credentials, String account) {
        this.credentials = credentials;
        this.account = account;
    }

    /** Run after each answer (the connect watchdog starts its timeout again: the user's time does not count). */
    void afterQuestion(Runnable r) {
        afterQuestion = r;
    }

    /** True while the user is being asked (the connect watchdog waits for that). */
    boolean isAsking() {
        return asking.get() > 0;
    }

    boolean canAsk() {
        return credentials.prompt().canAsk();
    }

    /** Encrypted key files that were skipped because nobody could be asked for their passphrase. */
    List<Path> unaskedKeys() {
        return List.copyOf(unasked);
    }

    /**
     * Decrypts {@code id} (from {@code keyFile}): with the kept passphrase, else by asking.
     *
     * @return false when nobody can be asked (the key is then skipped)
     * @throws CredentialsNotGiven when the user cancels or answers wrong {@link #MAX_TRIES} times
     */
    boolean unlock(Identity id, Path keyFile) {
        if (!id.isEncrypted()) {
            return true;
        }
        SecretKey key = SecretKey.passphrase(keyFile);
        char[] kept = credentials.secrets().lookup(key).orElse(null);
        if (kept != null) {
            boolean ok = tryPassphrase(id, kept);
            java.util.Arrays.fill(kept, '\0');
            if (ok) {
                return true;
            }
            LOG.info("the kept passphrase of {} does not open it any more; asking again", keyFile);
            credentials.secrets().forget(key);
        }
        if (!canAsk()) {
            unasked.add(keyFile);
            return false;
        }
        boolean keyring = credentials.secrets().keyringAvailable();
        for (int attempt = 1; attempt <= MAX_TRIES; attempt++) {
            try (CredentialAnswer a = ask(CredentialRequest.passphrase(account, keyFile, attempt, MAX_TRIES, keyring))) {
                if (a.isCancelled() || a.size() != 1) {
                    throw new CredentialsNotGiven(Why.CANCELLED, CredentialKind.PASSPHRASE, keyFile,
                            "the passphrase of " + keyFile + " was not given (cancelled)");
                }
                if (tryPassphrase(id, a.value(0))) {
                    credentials.secrets().keep(key, a.value(0), a.remember() && keyring);
                    return true;
                }
                LOG.info("wrong passphrase for {} (attempt {} of {})", keyFile, attempt, MAX_TRIES);
            }
        }
        throw new CredentialsNotGiven(Why.TOO_MANY_WRONG, CredentialKind.PASSPHRASE, keyFile,
                MAX_TRIES + " wrong passphrases for " + keyFile);
    }

    /**
     * The password for "password" authentication: the kept one first, then asked. Each call after
     * the first means the previous one was refused. An asked password is kept (and put in the
     * keyring when the user ticked it) only once the server accepted it: {@link #succeeded()}.
     *
     * @return a new array that the caller wipes
     * @throws CredentialsNotGiven on cancel or after {@link #MAX_TRIES} refused answers
     */
    char[] password() {
        SecretKey key = SecretKey.password(account);
        dropPending();
        if (!passwordFromMemoryTried) {
            passwordFromMemoryTried = true;
            char[] kept = credentials.secrets().lookup(key).orElse(null);
            if (kept != null) {
                return kept;
            }
        } else if (passwordAttempts == 0) {
            credentials.secrets().forget(key); // the kept one was refused
        }
        if (passwordAttempts >= MAX_TRIES) {
            throw new CredentialsNotGiven(Why.TOO_MANY_WRONG, CredentialKind.PASSWORD, null,
                    MAX_TRIES + " wrong passwords for " + account);
        }
        passwordAttempts++;
        boolean keyring = credentials.secrets().keyringAvailable();
        try (CredentialAnswer a = ask(CredentialRequest.password(account, passwordAttempts, MAX_TRIES, keyring))) {
            if (a.isCancelled() || a.size() != 1) {
                throw new CredentialsNotGiven(Why.CANCELLED, CredentialKind.PASSWORD, null,
                        "the password for " + account + " was not given (cancelled)");
            }
            pendingPassword = a.value(0).clone();
            pendingRemember = a.remember() && keyring;
            return a.value(0).clone();
        }
    }

    /** The server accepted the login: keeps the password it took, if one was asked. */
    void succeeded() {
        if (pendingPassword != null) {
            credentials.secrets().keep(SecretKey.password(account), pendingPassword, pendingRemember);
        }
        dropPending();
    }

    /** Wipes what this attempt still holds (after success or failure). */
    void close() {
        dropPending();
    }

    private void dropPending() {
        if (pendingPassword != null) {
            java.util.Arrays.fill(pendingPassword, '\0');
            pendingPassword = null;
        }
        pendingRemember = false;
    }

    /**
     * Answers one round of the server's keyboard-interactive questions (never kept). A later
     * round after a refused one counts as another try.
     *
     * @return one answer per prompt, as JSch wants them
     * @throws CredentialsNotGiven on cancel or after {@link #MAX_TRIES} rounds
     */
    String[] keyboardInteractive(String name, String instruction, String[] prompts, boolean[] echo) {
        if (keyboardRounds >= MAX_TRIES) {
            throw new CredentialsNotGiven(Why.TOO_MANY_WRONG, CredentialKind.KEYBOARD_INTERACTIVE, null,
                    MAX_TRIES + " refused answers to the questions of " + account);
        }
        keyboardRounds++;
        List<CredentialRequest.Field> fields = new ArrayList<>();
        for (int i = 0; i < prompts.length; i++) {
            fields.add(new CredentialRequest.Field(prompts[i], echo != null && i < echo.length && echo[i]));
        }
        CredentialRequest r = new CredentialRequest(CredentialKind.KEYBOARD_INTERACTIVE, account, null, keyboardRounds, MAX_TRIES,
                false, name, instruction, fields);
        try (CredentialAnswer a = ask(r)) {
            if (a.isCancelled() || a.size() != prompts.length) {
                throw new CredentialsNotGiven(Why.CANCELLED, CredentialKind.KEYBOARD_INTERACTIVE, null,
                        "the answers to the questions of " + account + " were not given (cancelled)");
            }
            String[] out = new String[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new String(a.value(i)); // JSch's interface takes Strings
            }
            return out;
        }
    }

    private CredentialAnswer ask(CredentialRequest r) {
        asking.incrementAndGet();
        try {
            CredentialAnswer a = credentials.prompt().ask(r);
            return a == null ? CredentialAnswer.cancelled() : a;
        } finally {
            afterQuestion.run();
            asking.decrementAndGet();
        }
    }

    private static boolean tryPassphrase(Identity id, char[] passphrase) {
        byte[] bytes = SecretBytes.utf8(passphrase);
        try {
            return id.setPassphrase(bytes);
        } catch (JSchException e) {
            return false;
        } finally {
            SecretBytes.wipe(bytes);
        }
    }
}
