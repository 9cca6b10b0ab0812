package io.patchbay.settings;

import java.nio.file.Path;

/**
 * A host the console connects again at start: what the add-host dialog was given. Never a
 * password or a passphrase: those are asked again (or come from an agent).
 *
 * @param label the name given to the host, or null (the list then shows the target)
 * @param sshTarget {@code [user@]host[:port]} or a {@code ~/.ssh/config} alias, or null
 * @param libvirtUri a libvirt URI, or null; at least one of the two is present
 * @param identity the private key file, or null for the SSH defaults
 */
public record RememberedHost(String label, String sshTarget, String libvirtUri, Path identity) {
    public RememberedHost {
        label = blankToNull(label);
        sshTarget = blankToNull(sshTarget);
        libvirtUri = blankToNull(libvirtUri);
        if (sshTarget == null && libvirtUri == null) {
            throw new IllegalArgumentException("a remembered host needs an SSH target or a libvirt URI");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
