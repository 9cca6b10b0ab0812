package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.PortVlan;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the tap against the host itself, read through a {@link HostSource} (SSH or local). */
public final class HostTapVerifier implements TapVerifier {
    private final HostSource source;
    /** The read of the last {@link #check}, which {@link #checkVlan} right after it uses too. */
    private volatile HostTopology lastRead;

    public HostTapVerifier(HostSource source) {
        this.source = source;
    }

    @Override
    public String check(String tap, String bridge) throws PatchbayException {
        HostTopology t = source.refresh();
        lastRead = t;
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

    /** Uses the host read of the {@link #check} just before it (verify calls both in a row), else reads. */
    @Override
    public String checkVlan(String tap, VlanRequest vlan) throws PatchbayException {
        HostTopology t = lastRead;
        lastRead = null;
        Device d = (t != null ? t : source.refresh()).device(tap).orElse(null);
        if (d == null || d.portVlan() == null || d.portVlan().pvid() != null) {
            return null; // not an Open vSwitch port: the host says nothing about its VLAN here
        }
        PortVlan p = d.portVlan();
        boolean same = vlan.none() ? p.tag() == null && p.trunks().isEmpty()
                : vlan.trunk() ? new HashSet<>(p.trunks()).equals(new HashSet<>(vlan.tags()))
                        && Objects.equals(p.tag(), vlan.nativeTag())
                : vlan.tags().get(0).equals(p.tag());
        return same ? null : "host " + source.describe() + " shows the Open vSwitch port " + tap + " with tag "
                + p.tag() + " and trunks " + p.trunks() + ", expected " + vlan.describe();
    }

    /** The host's bridges (Linux and Open vSwitch) as the source reads them now. */
    public static Set<String> bridges(HostSource source) throws PatchbayException {
        return source.refresh().devices().stream().filter(d -> d.kind().isSwitch()).map(Device::name)
                .collect(Collectors.toSet());
    }
}
