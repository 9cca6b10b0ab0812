package io.patchbay.libvirt;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.jna.ConnectionPointer;

/**
 * A libvirt-java {@link Connect} that hands out its native pointer for JNA-only calls. Opened
 * without an auth callback on purpose: libvirt-java's {@code ConnectAuth} writes its answers
 * through a JNA Structure with String fields, which replaces libvirt's string pointers with
 * JNA-owned memory that both sides then free (heap corruption). Host key decisions go into the
 * URI instead ({@code known_hosts_verify}), and passwords are not supported: keys only.
 */
final class OpenedConnect extends Connect {
    OpenedConnect(String uri) throws LibvirtException {
        super(uri, false);
    }

    ConnectionPointer pointer() {
        return vcp;
    }
}
