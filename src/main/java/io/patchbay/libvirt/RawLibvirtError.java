package io.patchbay.libvirt;

/** A {@link LibvirtExtras} function failed: libvirt's own error code and message of that call. */
final class RawLibvirtError extends Exception {
    private static final long serialVersionUID = 1L;
    /** virErrorNumber VIR_ERR_NO_SUPPORT / VIR_ERR_OPERATION_UNSUPPORTED / VIR_ERR_AGENT_UNRESPONSIVE ... */
    private final int code;

    RawLibvirtError(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }

    /** The last error of this thread's libvirt call, then cleared. */
    static RawLibvirtError last(LibvirtExtras lib, String fallback) {
        String m = lib.virGetLastErrorMessage();
        int code = lib.virGetLastErrorCode();
        lib.virResetLastError();
        return new RawLibvirtError(code, m == null || m.isBlank() ? fallback : m);
    }
}
