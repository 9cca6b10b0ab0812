package io.patchbay.discovery;

import io.patchbay.model.Device;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.Vnic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the host-side device of a vNIC: by its target dev, else by libvirt's fe: MAC rule among
 * taps only, else by the guest MAC that libvirt notes on an OVS port (attached-mac).
 */
final class VnicTaps {
    private final Map<String, Device> taps = new HashMap<>();
    private final Map<String, Device> tapsByMac = new HashMap<>();
    private final Map<String, Device> tapsByAttachedMac = new HashMap<>();

    VnicTaps(List<Device> devices) {
        for (Device d : devices) {
            if (d.kind().isGuestSide()) {
                taps.put(d.name(), d);
                if (d.mac() != null) {
                    tapsByMac.put(d.mac(), d);
                }
                if (d.ovs() != null && d.ovs().attachedMac() != null) {
                    // libvirt notes the guest's own MAC on a vNIC's OVS port (external_ids:attached-mac)
                    tapsByAttachedMac.put(d.ovs().attachedMac(), d);
                }
            }
        }
    }

    /** The tap of {@code n}, or null. */
    Device tapOf(Vnic n) {
        Device tap = n.target() == null ? null : taps.get(n.target());
        if (tap == null && MacAddresses.isMac(n.mac())) {
            tap = tapsByMac.get(MacAddresses.tapMacFor(n.mac()));
        }
        if (tap == null && n.mac() != null) {
            tap = tapsByAttachedMac.get(n.mac());
        }
        return tap;
    }
}
