package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The host's bridges read beside libvirt (SSH or local): {@link #bridges()} reads the host,
 * {@link #ovsBridges()} answers from that same read, so a plan costs one host read, not two.
 * Null when the host could not be read (libvirt's own lists still name the bridges).
 */
public final class HostBridgeReads {
    private final HostSource source;
    private volatile HostTopology last;

    public HostBridgeReads(HostSource source) {
        this.source = source;
    }

    /** Every bridge (Linux and Open vSwitch), read now; null when the host cannot be read. */
    public Set<String> bridges() {
        try {
            last = source.refresh();
        } catch (PatchbayException e) {
            last = null;
            return null;
        }
        return names(last, true);
    }

    /** The Open vSwitch bridges of the last {@link #bridges()} read; null when there was none. */
    public Set<String> ovsBridges() {
        HostTopology t = last;
        return t == null ? null : names(t, false);
    }

    private static Set<String> names(HostTopology t, boolean all) {
        return t.devices().stream().filter(d -> all ? d.kind().isSwitch() : d.kind() == DeviceKind.OVS)
                .map(Device::name).collect(Collectors.toSet());
    }
}
