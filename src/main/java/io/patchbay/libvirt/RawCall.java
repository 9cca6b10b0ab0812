package io.patchbay.libvirt;

import org.libvirt.jna.ConnectionPointer;

/** One call into libvirt's C functions that libvirt-java does not bind ({@link LibvirtExtras}). */
@FunctionalInterface
interface RawCall<T> {
    T call(ConnectionPointer conn) throws RawLibvirtError;
}
