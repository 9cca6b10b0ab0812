package io.patchbay.model;

import java.util.List;

/**
 * Bond details: mode, the active slave (active-backup), MII status and the slaves.
 *
 * @param activeAggregator the 802.3ad aggregator the bond transmits on ("Active Aggregator Info"), or null
 */
public record BondInfo(String mode, String activeSlave, String miiStatus, List<BondSlave> slaves,
                       Integer activeAggregator) {
    public BondInfo {
        slaves = slaves == null ? List.of() : List.copyOf(slaves);
    }

    public BondInfo(String mode, String activeSlave, String miiStatus, List<BondSlave> slaves) {
        this(mode, activeSlave, miiStatus, slaves, null);
    }
}
