package io.patchbay.ops;

import io.patchbay.core.PatchbayException;

/**
 * The optional check beyond libvirt's word: the host (read over SSH or locally) shows the tap as
 * a port of the intended bridge.
 */
@FunctionalInterface
public interface TapVerifier {
    /** Null when {@code tap} is a port of {@code bridge}; else one sentence saying what the host shows. */
    String check(String tap, String bridge) throws PatchbayException;

    /**
     * Null when the host shows {@code tap}'s switch port with {@code vlan} (or cannot say: a Linux
     * bridge port without VLAN filtering); else one sentence saying what it shows.
     */
    default String checkVlan(String tap, VlanRequest vlan) throws PatchbayException {
        return null;
    }
}
