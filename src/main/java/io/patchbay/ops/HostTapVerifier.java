package io.patchbay.ops;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the tap against the host itself, read through a {@link HostSource} (SSH or local). */
public final class HostTapVerifier implements TapVerifier {
    private final HostSource source;

    public HostTapVerifier(HostSource source) {
        this.source = source;
    }

    @Override
    public String check(String tap, String bridge) throws DiscoveryException {
        HostTopology t = source.refresh();
        Device d = t.device(tap).orElse(null);
        if (d == null) {
            return "host " + source.describe() + " has no device " + tap;
        }
        if (!bridge.equals(d.master())) {
            return "host " + source.describe() + " shows tap " + tap + (d.master() == null ? " on no bridge"
                    : " as a port of " + d.master()) + ", expected a port of " + bridge;
        }
        return null;
    }

    /** The host's bridges as the source reads them now. */
    public static Set<String> bridges(HostSource source) throws DiscoveryException {
        return source.refresh().devices().stream().filter(d -> d.kind() == DeviceKind.BRIDGE).map(Device::name)
                .collect(Collectors.toSet());
    }
}
