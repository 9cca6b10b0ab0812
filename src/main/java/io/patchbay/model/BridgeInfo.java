package io.patchbay.model;

import java.util.List;

/** Bridge details: STP on/off (null when unknown), port names, bridge id as printed by brctl. */
public record BridgeInfo(Boolean stp, List<String> ports, String id) {
    public BridgeInfo {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }
}
