package io.patchbay.newvm;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtDomains;
import io.patchbay.mac.Allocation;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacCensus;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacUsage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Makes a new domain from a template (a shut-off domain or one marked as template) or from a
 * snapshot's domain XML, by the seed's rule 4: vNICs ordered by PCI address (else by name) and
 * given new MACs from a pool in that order, skipping every MAC the host uses (live, persistent,
 * snapshots). Disks that are storage volumes are cloned through libvirt's storage API; any other
 * disk stops the operation unless the caller asked for no disks. A failure after any change
 * undoes it: cloned volumes deleted, the domain undefined, the MACs given back.
 */
public final class NewVmMaker {
    private static final Logger LOG = LoggerFactory.getLogger(NewVmMaker.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    private final LibvirtDomains connection;
    private final MacPoolStore store;

    public NewVmMaker(LibvirtConnection connection, MacPoolStore store) {
        this(LibvirtDomains.over(connection), store);
    }

    public NewVmMaker(LibvirtDomains connection, MacPoolStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** What to make: the new name, the MAC pool, dry run (changes nothing), and no disks. */
    public record Request(String name, String pool, boolean dryRun, boolean withoutDisks) {
    }

    /** The plan, and whether the domain was defined (false for a dry run). */
    public record Result(NewVmPlan plan, boolean defined, String warning) {
    }

    public Result fromTemplate(String template, Request request) throws PatchbayException {
        LibvirtDomains.DomainTexts s = connection.texts("reading template " + template, template, false);
        NewVmDraft draft = NewVmDraft.of(s.inactiveXml(), "template " + template);
        if (s.running() && !draft.markedTemplate()) {
            throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.template.running", template));
        }
        Sentence why = s.running() ? Sentence.of("newvm.disk.templateRunning", template) : null;
        return make(draft, "template " + template, why, request);
    }

    public Result fromSnapshot(String vm, String snapshot, Request request) throws PatchbayException {
        String xml = connection.snapshotXml("reading snapshot " + snapshot + " of domain " + vm, vm, snapshot);
        if (xml == null) {
            throw new PatchbayException(Reason.NOT_FOUND, Sentence.of("newvm.snapshot.notFound", vm,
                    connection.uri().display(), snapshot));
        }
        String what = "snapshot " + snapshot + " of " + vm;
        return make(NewVmDraft.of(xml, what), what, Sentence.of("newvm.disk.snapshot", snapshot, vm), request);
    }

    private Result make(NewVmDraft draft, String what, Sentence noClonesBecause, Request r) throws PatchbayException {
        if (r.name() == null || !NAME.matcher(r.name()).matches()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("newvm.name.invalid", r.name()));
        }
        if (domainExists(r.name())) {
            throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.exists", r.name(), connection.uri().display()));
        }
        Map<String, VolumeClone> clones = r.withoutDisks() ? Map.of() : planClones(draft, what, noClonesBecause, r.name());
        MacCensus census = new MacCensus();
        LibvirtMacCensus.read(connection, census);
        MacUsage usage = census.usage();
        int count = draft.order().interfaces().size();
        List<MacAddress> macs = List.of();
        String warning = null;
        if (count > 0) {
            if (r.dryRun()) {
                // the default pool is created on first use, also by a dry run: otherwise the MACs shown
                // would come from a prefix drawn only for the preview
                store.update((pools, random) -> pools.get(r.pool(), random));
            }
            Allocation a = r.dryRun()
                    ? store.read().get(r.pool(), new SecureRandom()).allocate(count, usage)
                    : store.update((pools, random) -> {
                        MacPool p = pools.get(r.pool(), random);
                        Allocation got = p.allocate(count, usage);
                        got.macs().forEach(p::markPending);
                        return got;
                    });
            macs = a.macs();
            warning = a.warning();
        }
        Map<String, String> paths = new LinkedHashMap<>();
        clones.forEach((target, c) -> paths.put(target, c.newPath()));
        NewVmPlan plan;
        try {
            plan = draft.plan(r.name(), UUID.randomUUID().toString(), macs, paths, r.withoutDisks());
        } catch (PatchbayException e) {
            releaseQuietly(r.pool(), macs, r.dryRun());
            throw e;
        }
        if (r.dryRun()) {
            return new Result(plan, false, warning);
        }
        apply(plan, clones, r.pool(), macs);
        return new Result(plan, true, warning);
    }

    private boolean domainExists(String name) throws PatchbayException {
        return connection.definedNames("listing defined domains").contains(name)
                || connection.runningNames("looking for domain " + name).contains(name);
    }

    private Map<String, VolumeClone> planClones(NewVmDraft draft, String what, Sentence noClonesBecause, String newName)
            throws PatchbayException {
        Map<String, VolumeClone> out = new LinkedHashMap<>();
        for (DiskRef d : draft.disks()) {
            if (d.readonly() || d.source() == null) {
                continue; // shared read-only (CD-ROM) or an empty drive: the plan says so
            }
            if (noClonesBecause != null) {
                throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.disk.refused", d.target(), noClonesBecause));
            }
            if (!"volume".equals(d.type()) && !d.hasPath()) {
                throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.disk.notVolume", d.target(), what,
                        d.type() + " " + d.source()));
            }
            out.put(d.target(), volumeClone(d, what, newName));
        }
        return out;
    }

    private VolumeClone volumeClone(DiskRef d, String what, String newName) throws PatchbayException {
        LibvirtDomains.Volume f;
        try {
            f = connection.volume("finding the storage volume of disk " + d.target() + " of " + what, d.type(), d.source());
        } catch (PatchbayException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.disk.notVolume", d.target(), what,
                        d.source()), e);
            }
            throw e;
        }
        int dot = f.name().lastIndexOf('.');
        String newVol = newName + "-" + d.target() + (dot > 0 ? f.name().substring(dot) : "");
        if (f.poolVolumes().contains(newVol)) {
            throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.volume.exists", f.pool(), newVol));
        }
        Element target = DomainXml.child(DomainXml.parse(f.volumeXml(), "volume " + f.name()).getDocumentElement(), "target");
        Element format = target == null ? null : DomainXml.child(target, "format");
        Element poolTarget = DomainXml.child(DomainXml.parse(f.poolXml(), "pool " + f.pool()).getDocumentElement(), "target");
        Element poolPath = poolTarget == null ? null : DomainXml.child(poolTarget, "path");
        String path = (poolPath == null ? "" : poolPath.getTextContent().trim() + "/") + newVol;
        return new VolumeClone(d.target(), f.pool(), f.name(), newVol, path,
                format == null ? null : format.getAttribute("type"), f.capacity());
    }

    private void apply(NewVmPlan plan, Map<String, VolumeClone> clones, String pool, List<MacAddress> macs)
            throws PatchbayException {
        List<VolumeClone> made = new ArrayList<>();
        boolean defined = false;
        try {
            for (VolumeClone c : clones.values()) {
                String path = connection.cloneVolume("cloning volume " + c.sourceVolume() + " to " + c.newVolume(),
                        c.pool(), c.sourceVolume(), c.volumeXml());
                if (!c.newPath().equals(path)) {
                    LOG.warn("volume {} landed at {}, not {}", c.newVolume(), path, c.newPath());
                }
                made.add(c);
            }
            connection.define("defining domain " + plan.name(), plan.xml());
            defined = true;
            verify(plan);
            if (!macs.isEmpty()) {
                store.update((pools, random) -> {
                    MacPool p = pools.get(pool, random);
                    for (MacAddress m : macs) {
                        p.commit(m);
                    }
                    return null;
                });
            }
        } catch (PatchbayException e) {
            Sentence undone = rollBack(plan.name(), defined, made, pool, macs);
            throw new PatchbayException(e.reason(), Sentence.of("newvm.rolledBack", e.sentence(), undone), e);
        }
    }

    /** Reads the new domain back: its vNICs must carry the planned MACs. */
    private void verify(NewVmPlan plan) throws PatchbayException {
        String xml = connection.inactiveXml("reading back domain " + plan.name(), plan.name(), false);
        List<String> got = NewVmDraft.of(xml, "domain " + plan.name()).macs();
        List<String> want = plan.vnics().stream().map(NewVmPlan.PlannedVnic::newMac).sorted().toList();
        if (!got.stream().sorted().toList().equals(want)) {
            throw new PatchbayException(Reason.REMOTE_FAILED, Sentence.of("newvm.macsDiffer", plan.name(), got, want));
        }
    }

    private Sentence rollBack(String name, boolean defined, List<VolumeClone> made, String pool, List<MacAddress> macs) {
        List<Sentence> done = new ArrayList<>();
        if (defined) {
            try {
                connection.undefine("undefining domain " + name, name);
                done.add(Sentence.of("newvm.undone.domain"));
            } catch (PatchbayException e) {
                done.add(Sentence.of("newvm.undone.domainFailed", e.sentence()));
            }
        }
        for (VolumeClone v : made) {
            try {
                connection.deleteVolume("deleting volume " + v.newVolume(), v.pool(), v.newVolume());
                done.add(Sentence.of("newvm.undone.volume", v.newVolume()));
            } catch (PatchbayException e) {
                done.add(Sentence.of("newvm.undone.volumeFailed", v.newVolume(), e.sentence()));
            }
        }
        done.add(releaseQuietly(pool, macs, false));
        Sentence all = done.get(0);
        for (Sentence next : done.subList(1, done.size())) {
            all = Sentence.of("newvm.undone.and", all, next);
        }
        return all;
    }

    private Sentence releaseQuietly(String pool, List<MacAddress> macs, boolean dryRun) {
        if (dryRun || macs.isEmpty()) {
            return Sentence.of("newvm.undone.noMacs");
        }
        try {
            store.update((pools, random) -> {
                MacPool p = pools.get(pool, random);
                for (MacAddress m : macs) {
                    if (p.holds(m.value())) {
                        p.release(m);
                    }
                }
                return null;
            });
            return Sentence.of(macs.size() == 1 ? "newvm.undone.macOne" : "newvm.undone.macs", macs.size(), pool);
        } catch (PatchbayException e) {
            LOG.warn("MACs {} stay allocated in pool {}: {}", macs, pool, e.getMessage());
            return Sentence.of("newvm.undone.macsFailed", e.sentence());
        }
    }
}
