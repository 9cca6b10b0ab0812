package io.patchbay.ui.hosts;

import java.nio.file.Path;

/**
 * What the add-host dialog asks for: an SSH target ({@code [user@]host[:port]} or a
 * {@code ~/.ssh/config} alias) and/or a libvirt URI, an optional name and key file. Blank means absent.
 */
public record HostRequest(String name, String sshTarget, String libvirtUri, Path identity) {
    public HostRequest {
        name = blankToNull(name);
        sshTarget = blankToNull(sshTarget);
        libvirtUri = blankToNull(libvirtUri);
    }

    /** One sentence naming what is missing, or null when the request can be tried. */
    public String problem() {
        if (sshTarget == null && libvirtUri == null) {
            return "hosts.add.needTarget";
        }
        return null;
    }

    /** The label in the host list. */
    public String label() {
        if (name != null) {
            return name;
        }
        return sshTarget != null ? sshTarget : libvirtUri;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
