package io.patchbay.model;

/**
 * A device's or vNIC's traffic counters since it came up. For a vNIC they are the guest's point
 * of view, as {@code virsh domifstat} prints them (rx: what the guest received).
 */
public record TrafficCounters(long rxBytes, long rxPackets, long rxErrors, long rxDrops,
                              long txBytes, long txPackets, long txErrors, long txDrops) {
}
