package io.patchbay.ops;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import org.libvirt.Error;
import org.libvirt.LibvirtException;

/** Maps a libvirt error to the CLI's reasons with one sentence naming what failed. */
final class LibvirtErrors {
    private LibvirtErrors() {
    }

    static DiscoveryException map(String uri, String what, LibvirtException e) {
        Error err = e.getError();
        Error.ErrorNumber code = err == null ? null : err.getCode();
        String msg = err == null || err.getMessage() == null ? String.valueOf(e.getMessage()) : err.getMessage().strip();
        Reason reason = Reason.REMOTE;
        if (code == Error.ErrorNumber.VIR_ERR_NO_DOMAIN || code == Error.ErrorNumber.VIR_ERR_NO_NETWORK) {
            reason = Reason.NOT_FOUND;
        }
        return new DiscoveryException(reason, what + " failed at " + uri + ": " + msg, e);
    }

    /** True for errors that mean the connection itself is gone. */
    static boolean connectionLost(DiscoveryException e) {
        if (!(e.getCause() instanceof LibvirtException le) || le.getError() == null) {
            return false;
        }
        Error.ErrorNumber c = le.getError().getCode();
        return c == Error.ErrorNumber.VIR_ERR_INVALID_CONN || c == Error.ErrorNumber.VIR_ERR_NO_CONNECT
                || c == Error.ErrorNumber.VIR_ERR_RPC || c == Error.ErrorNumber.VIR_ERR_SYSTEM_ERROR;
    }
}
