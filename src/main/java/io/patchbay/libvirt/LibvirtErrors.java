package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.util.Locale;
import org.libvirt.Error;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;

/** Maps libvirt's errors to {@link PatchbayException} reasons (docs/CLI.md exit codes). */
final class LibvirtErrors {
    private LibvirtErrors() {
    }

    /** One sentence: "libvirt at URI: WHAT failed: libvirt's message", with a reason. */
    static PatchbayException map(LibvirtException e, LibvirtUri uri, String what) {
        return map(code(e), message(e), uri, what, e);
    }

    static PatchbayException map(ErrorNumber code, String detail, LibvirtUri uri, String what, Throwable cause) {
        String low = detail.toLowerCase(Locale.ROOT);
        Object hint = "";
        if (low.contains("can't verify the session host key") || low.contains("was not accepted")) {
            hint = Sentence.of("libvirt.hint.hostKey");
        }
        return new PatchbayException(reason(code, detail), Sentence.of("libvirt.failed", uri.display(), what, detail,
                hint), cause);
    }

    /** Whether a prompt of libvirt's authentication callback asks to accept an SSH host key. */
    static boolean isHostKeyPrompt(String prompt) {
        return prompt != null && prompt.toLowerCase(Locale.ROOT).contains("host key");
    }

    static Reason reason(ErrorNumber code, String detail) {
        String d = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (d.contains("can't verify the session host key") || d.contains("was not accepted")) {
            return Reason.HOST_KEY_UNKNOWN;
        }
        if (d.contains("host key")) {
            return Reason.REFUSED; // e.g. ssh's "Host key verification failed": unknown or changed, it does not say
        }
        if (code == null) {
            return Reason.REMOTE_FAILED;
        }
        switch (code) {
            case VIR_ERR_NO_DOMAIN:
            case VIR_ERR_NO_NETWORK:
            case VIR_ERR_NO_INTERFACE:
            case VIR_ERR_NO_NODE_DEVICE:
            case VIR_ERR_NO_STORAGE_POOL:
            case VIR_ERR_NO_STORAGE_VOL:
            case VIR_ERR_NO_SECRET:
                return Reason.NOT_FOUND;
            case VIR_ERR_XML_ERROR:
            case VIR_ERR_XML_DETAIL:
            case VIR_ERR_INVALID_ARG:
            case VIR_ERR_INVALID_MAC:
                return Reason.BAD_INPUT;
            case VIR_ERR_OPERATION_DENIED:
                return Reason.REFUSED;
            default:
                // connection (NO_CONNECT, SYSTEM_ERROR, RPC, AUTH_FAILED, UNKNOWN_HOST...) and
                // every other failure of the daemon: the remote side failed
                return Reason.REMOTE_FAILED;
        }
    }

    /** The error's code, or null when libvirt-java cannot name it (codes newer than its enum). */
    static ErrorNumber code(LibvirtException e) {
        try {
            Error err = e.getError();
            return err == null ? null : err.getCode();
        } catch (RuntimeException unknownCode) {
            return null;
        }
    }

    static String message(LibvirtException e) {
        String m = null;
        try {
            Error err = e.getError();
            m = err == null ? null : err.getMessage();
        } catch (RuntimeException ignored) {
            // fall back to the exception's own text
        }
        if (m == null || m.isBlank()) {
            m = e.getMessage();
        }
        return m == null ? "unknown libvirt error" : m.strip();
    }

    /** True for errors that mean the connection itself is gone (worth a reconnect). */
    static boolean connectionLost(LibvirtException e) {
        ErrorNumber code = code(e);
        if (code == null) {
            return false;
        }
        switch (code) {
            case VIR_ERR_NO_CONNECT:
            case VIR_ERR_INVALID_CONN:
            case VIR_ERR_SYSTEM_ERROR:
            case VIR_ERR_RPC:
                return true;
            default:
                String m = message(e).toLowerCase(Locale.ROOT);
                return m.contains("connection") && (m.contains("closed") || m.contains("reset"));
        }
    }
}
