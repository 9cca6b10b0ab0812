package io.patchbay.ui.change;

import io.patchbay.core.PatchbayException;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.VnicIntent;
import java.util.List;

/**
 * Where the console's changes meet the hosts: one {@link Session} per change, opened off the FX
 * thread. Tests may swap in their own; the console uses {@link LibvirtChangeBackend}.
 */
public interface ChangeBackend {
    /**
     * Opens a session on {@code target}; {@code peers} are the other connected hosts whose MACs a new
     * vNIC must not reuse (only needed for an add).
     */
    Session open(ChangeTarget target, List<ChangeTarget> peers) throws PatchbayException;

    /** One change: plan, then apply or discard; always closed. */
    interface Session extends AutoCloseable {
        Plan plan(VnicIntent intent) throws PatchbayException;

        /** Applies, verifies and journals a plan from {@link #plan}. */
        Outcome apply(Plan plan) throws PatchbayException;

        /** The plan will not be applied: gives back what planning reserved (a pool MAC). */
        void discard(Plan plan) throws PatchbayException;

        /** The VM's interface with guest MAC {@code mac} from its live XML (else its persistent XML), or null. */
        String interfaceXml(String vm, String mac) throws PatchbayException;

        @Override
        void close();
    }
}
