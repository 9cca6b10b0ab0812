package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import org.libvirt.Library;
import org.libvirt.LibvirtException;

/**
 * Whether libvirt's C library can be loaded. libvirt-java binds {@code libvirt.so.0} through
 * JNA in a static initialiser: without the library, the first touch throws a LinkageError
 * (UnsatisfiedLinkError, then NoClassDefFoundError). This turns that into one sentence saying
 * what to install, so the console starts and works without libvirt.
 */
public final class LibvirtAvailability {
    private static volatile String problem;
    private static volatile boolean checked;

    private LibvirtAvailability() {
    }

    /** Throws a clear {@link PatchbayException} when libvirt's C library cannot be used. */
    public static void require() throws PatchbayException {
        String p = problem();
        if (p != null) {
            throw new PatchbayException(Reason.OTHER, p);
        }
    }

    /** The reason libvirt cannot be used, or null when it can. */
    public static String problem() {
        if (!checked) {
            synchronized (LibvirtAvailability.class) {
                if (!checked) {
                    problem = probe();
                    checked = true;
                }
            }
        }
        return problem;
    }

    private static String probe() {
        try {
            Library.getVersion();
            return null;
        } catch (LinkageError e) {
            return "libvirt's C library (libvirt.so.0) cannot be loaded, so --libvirt sources and vNIC"
                    + " changes are unavailable: install it with `apt-get install libvirt0` ("
                    + e.getClass().getSimpleName() + ")";
        } catch (LibvirtException e) {
            return "libvirt's C library does not answer its version: " + e.getMessage();
        }
    }
}
