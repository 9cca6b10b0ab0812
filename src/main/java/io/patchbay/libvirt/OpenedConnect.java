package io.patchbay.libvirt;

import org.libvirt.Connect;
import org.libvirt.ConnectAuth;
import org.libvirt.LibvirtException;
import org.libvirt.jna.ConnectionPointer;

/** A libvirt-java {@link Connect} that hands out its native pointer for JNA-only calls. */
final class OpenedConnect extends Connect {
    OpenedConnect(String uri, ConnectAuth auth) throws LibvirtException {
        super(uri, auth, 0);
    }

    ConnectionPointer pointer() {
        return vcp;
    }
}
