package io.patchbay.libvirt;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** One call into libvirt on an open connection; see {@link LibvirtConnection#call}. */
@FunctionalInterface
public interface LibvirtCall<T> {
    T call(Connect connect) throws LibvirtException;
}
