package io.patchbay.model;

import java.util.List;

/** Bond details: mode, the active slave (active-backup), MII status and the slaves. */
public record BondInfo(String mode, String activeSlave, String miiStatus, List<BondSlave> slaves) {
    public BondInfo {
        slaves = slaves == null ? List.of() : List.copyOf(slaves);
    }
}
