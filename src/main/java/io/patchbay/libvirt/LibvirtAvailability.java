package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import org.libvirt.Library;
import org.libvirt.LibvirtException;

/**
 * Whether libvirt's C library can be loaded. libvirt-java binds {@code libvirt.so.0} through
 * JNA in a static initialiser: without the library, the first touch throws a LinkageError
 * (UnsatisfiedLinkError, then NoClassDefFoundError). This turns that into one sentence saying
 * what to install, so the console starts and works without libvirt.
 */
public final class LibvirtAvailability {
    private static volatile Sentence problem;
    private static volatile boolean checked;

    private LibvirtAvailability() {
    }

    /** Throws a clear {@link PatchbayException} when libvirt's C library cannot be used. */
    public static void require() throws PatchbayException {
        Sentence p = problemSentence();
        if (p != null) {
            throw new PatchbayException(Reason.OTHER, p);
        }
    }

    /** The reason libvirt cannot be used (the command line's English), or null when it can. */
    public static String problem() {
        Sentence p = problemSentence();
        return p == null ? null : p.english();
    }

    /** The reason libvirt cannot be used, or null when it can. */
    public static Sentence problemSentence() {
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

    private static Sentence probe() {
        try {
            Library.getVersion();
            return null;
        } catch (LinkageError e) {
            return Sentence.of("libvirt.unavailable.cannotLoad", e.getClass().getSimpleName());
        } catch (LibvirtException e) {
            return Sentence.of("libvirt.unavailable.noVersion", e.getMessage());
        }
    }
}
