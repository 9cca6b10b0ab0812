package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import java.util.ArrayList;
import java.util.List;

/**
 * The vNIC change flow over one host: read the hosts, reserve a pool MAC if asked, plan, and
 * (unless it is a dry run) execute and journal. The CLI and the window both go through this.
 */
public final class VnicService {
    private final DomainDevices devices;
    private final String hostName;
    private final List<DomainDevices> peers;
    private final MacSupply macs;
    private final TapVerifier tapVerifier;
    private final Journal journal;
    private final Executor.StepHook hook;

    /**
     * @param peers       other connected hosts whose VMs' MACs a new vNIC must not reuse
     * @param macs        the MAC pools, or null when none are available
     * @param tapVerifier null when the host is not also read over SSH or locally
     * @param journal     null to not journal (tests of the planner only)
     */
    public VnicService(DomainDevices devices, String hostName, List<DomainDevices> peers, MacSupply macs,
                       TapVerifier tapVerifier, Journal journal, Executor.StepHook hook) {
        this.devices = devices;
        this.hostName = hostName;
        this.peers = List.copyOf(peers);
        this.macs = macs;
        this.tapVerifier = tapVerifier;
        this.journal = journal;
        this.hook = hook;
    }

    /**
     * Plans {@code intent}. For an add from a pool (no MAC given) the next free MAC is reserved;
     * it is released again when planning refuses, or when {@code dryRun}.
     */
    public Plan plan(VnicIntent intent, boolean dryRun) throws PatchbayException {
        HostState target = devices.read(hostName);
        List<HostState> all = new ArrayList<>();
        all.add(target);
        for (DomainDevices p : peers) {
            all.add(p.read(p.uri()));
        }
        if (intent instanceof VnicIntent.Add a && a.mac() == null) {
            if (a.pool() == null) {
                throw Refusal.NEEDS_MAC_OR_POOL.of();
            }
            if (macs == null) {
                throw Refusal.NO_POOLS.of();
            }
            // the pool must also skip MACs in use on any connected host
            MacsInUse usage = MacsInUse.of(all);
            String mac = macs.reserve(a.pool(), usage::inUse);
            VnicIntent.Add withMac = new VnicIntent.Add(a.vm(), a.sourceType(), a.sourceName(), mac, a.pool(),
                    a.model(), a.scope(), a.vlan(), a.portgroup());
            Plan plan;
            try {
                plan = Planner.plan(target, all, withMac);
            } catch (PatchbayException e) {
                macs.release(a.pool(), mac);
                throw e;
            }
            if (dryRun) {
                macs.release(a.pool(), mac);
                List<Note> notes = new ArrayList<>(plan.notes());
                notes.removeIf(n -> n.kind() == Note.Kind.MAC_RESERVED);
                notes.add(Note.of(Note.Kind.DRY_RUN_POOL, a.pool(), mac));
                return new Plan(plan.id(), plan.kind(), plan.host(), plan.uri(), plan.vm(), plan.mac(), plan.pool(),
                        plan.deviceXml(), plan.steps(), plan.impact(), notes, plan.live(), plan.config(), plan.bridge(),
                        plan.removalWait(), plan.liveLimit(), plan.undoOf());
            }
            return plan;
        }
        return Planner.plan(target, all, intent);
    }

    /**
     * Executes a plan from {@link #plan} and journals the outcome (also a failed or rolled-back one).
     * A journal that cannot be written (disk full, permissions) does not hide what happened on the
     * host: the outcome is returned with {@link Outcome#journalProblem()} set.
     */
    public Outcome apply(Plan plan) throws PatchbayException {
        Outcome outcome = new Executor(devices, tapVerifier, macs, hook).execute(plan);
        if (journal != null && !plan.steps().isEmpty()) {
            try {
                journal.append(journal.entry(plan, outcome));
            } catch (PatchbayException e) {
                return outcome.withJournalProblem(e.getMessage());
            }
        }
        return outcome;
    }
}
