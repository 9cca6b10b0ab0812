package io.patchbay.discovery.ssh;

import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSch's callbacks for password and keyboard-interactive authentication, answered by
 * {@link CredentialAsker}. Host keys are decided by the host key repository and key passphrases by
 * {@link PassphraseIdentity}, so JSch's yes/no and passphrase questions are always declined.
 */
final class JschUserInfo implements UserInfo, UIKeyboardInteractive {
    private static final Logger LOG = LoggerFactory.getLogger(JschUserInfo.class);
    private final CredentialAsker asker;
    private char[] password;

    JschUserInfo(CredentialAsker asker) {
        this.asker = asker;
    }

    @Override
    public String getPassphrase() {
        return null;
    }

    @Override
    public boolean promptPassphrase(String message) {
        return false;
    }

    @Override
    public boolean promptPassword(String message) {
        password = asker.password();
        return true;
    }

    /** JSch takes the password as a String (its interface); our copy is wiped at once. */
    @Override
    public String getPassword() {
        if (password == null) {
            return null;
        }
        String p = new String(password);
        Arrays.fill(password, '\0');
        password = null;
        return p;
    }

    @Override
    public boolean promptYesNo(String message) {
        return false;
    }

    @Override
    public void showMessage(String message) {
        LOG.debug("message from the SSH server: {}", SshTarget.printable(message));
    }

    @Override
    public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt, boolean[] echo) {
        return asker.keyboardInteractive(name, instruction, prompt, echo);
    }
}
