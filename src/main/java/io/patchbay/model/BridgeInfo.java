package io.patchbay.model;

import java.util.List;

/**
 * Bridge (or Open vSwitch bridge) details: STP on/off (null when unknown), port names, bridge id
 * as printed by brctl, and whether a Linux bridge filters VLANs (null when unknown).
 */
public record BridgeInfo(Boolean stp, List<String> ports, String id, Boolean vlanFiltering) {
    public BridgeInfo {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    public BridgeInfo(Boolean stp, List<String> ports, String id) {
        this(stp, ports, id, null);
    }
}
