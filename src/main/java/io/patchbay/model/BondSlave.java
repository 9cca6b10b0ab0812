package io.patchbay.model;

/**
 * One slave of a bond. Fields a source cannot know are null.
 *
 * @param aggregatorId the 802.3ad aggregator the slave is in (/proc/net/bonding "Aggregator ID")
 */
public record BondSlave(String name, String state, String mii, String permanentMac, Integer aggregatorId) {
    public BondSlave(String name, String state, String mii, String permanentMac) {
        this(name, state, mii, permanentMac, null);
    }
}
