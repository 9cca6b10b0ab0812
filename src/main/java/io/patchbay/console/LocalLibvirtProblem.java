package io.patchbay.console;

/** Why this computer shows no VMs: each face says it in its own words (the console: a hint under the host). */
public enum LocalLibvirtProblem {
    /** libvirt's C library cannot be loaded: nothing of libvirt is installed. */
    NOT_INSTALLED("hosts.libvirt.notInstalled"),
    /**
     * No local daemon answers: not started, not installed beside the library, or its socket refuses
     * this user (libvirt reports all of these as a failed connect).
     */
    NOT_RUNNING("hosts.libvirt.notRunning");

    private final String messageKey;

    LocalLibvirtProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the hint in the string bundles. */
    public String messageKey() {
        return messageKey;
    }
}
