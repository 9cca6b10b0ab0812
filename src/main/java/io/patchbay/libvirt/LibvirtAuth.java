package io.patchbay.libvirt;

import java.util.Locale;
import java.util.function.Supplier;
import org.libvirt.ConnectAuth;

/**
 * Answers libvirt's credential prompts without a terminal. A first-seen SSH host key (the
 * libssh transport asks "Accept SSH host key ...?") is accepted only when the user said so
 * ({@code acceptNewHostKey}); a changed key is refused by libvirt itself. Passwords come only from
 * the supplier given, and nothing it returns is ever logged.
 */
final class LibvirtAuth extends ConnectAuth {
    private final boolean acceptNewHostKey;
    private final String user;
    private final Supplier<char[]> password;

    LibvirtAuth(boolean acceptNewHostKey, String user, Supplier<char[]> password) {
        this.acceptNewHostKey = acceptNewHostKey;
        this.user = user;
        this.password = password;
        credType = new CredentialType[] {
            CredentialType.VIR_CRED_AUTHNAME, CredentialType.VIR_CRED_USERNAME,
            CredentialType.VIR_CRED_ECHOPROMPT, CredentialType.VIR_CRED_NOECHOPROMPT,
            CredentialType.VIR_CRED_PASSPHRASE,
        };
    }

    @Override
    public int callback(Credential[] cred) {
        for (Credential c : cred) {
            String prompt = c.prompt == null ? "" : c.prompt.toLowerCase(Locale.ROOT);
            switch (c.type) {
                case VIR_CRED_AUTHNAME:
                case VIR_CRED_USERNAME:
                    String name = user != null ? user : c.defresult;
                    if (name == null) {
                        return -1;
                    }
                    c.result = name;
                    break;
                case VIR_CRED_ECHOPROMPT:
                    if (prompt.contains("host key")) {
                        c.result = acceptNewHostKey ? "y" : "n";
                        break;
                    }
                    return -1;
                case VIR_CRED_NOECHOPROMPT:
                case VIR_CRED_PASSPHRASE:
                    char[] p = password == null ? null : password.get();
                    if (p == null) {
                        return -1;
                    }
                    c.result = new String(p);
                    java.util.Arrays.fill(p, '\0');
                    break;
                default:
                    return -1;
            }
        }
        return 0;
    }
}
