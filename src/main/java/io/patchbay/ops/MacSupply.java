package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import java.util.function.Predicate;

/**
 * Where a plan gets a MAC address from a named pool, and gives it back. Implemented over the
 * MAC pools (io.patchbay.mac); plans only see this.
 */
public interface MacSupply {
    /**
     * Reserves the next free MAC of {@code pool} that {@code inUse} does not claim; the
     * reservation is persisted before this returns, so two consoles never get the same MAC.
     *
     * @throws PatchbayException NOT_FOUND for an unknown pool, REFUSED when it is exhausted
     */
    String reserve(String pool, Predicate<String> inUse) throws PatchbayException;

    /** The plan was applied: the reserved MAC now belongs to a vNIC. */
    void commit(String pool, String mac) throws PatchbayException;

    /** The plan failed or the vNIC was removed: the MAC is free again. */
    void release(String pool, String mac) throws PatchbayException;
}
