package io.patchbay.newvm;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.libvirt.LibvirtConnection;
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
import org.libvirt.Domain;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
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
    private static final int XML_INACTIVE = 2;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    private final LibvirtConnection connection;
    private final MacPoolStore store;

    public NewVmMaker(LibvirtConnection connection, MacPoolStore store) {
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
        record Source(String xml, boolean active) {
        }
        Source s = connection.call("reading template " + template, c -> {
            Domain d = c.domainLookupByName(template);
            return new Source(d.getXMLDesc(XML_INACTIVE), d.isActive() == 1);
        });
        NewVmDraft draft = NewVmDraft.of(s.xml(), "template " + template);
        if (s.active() && !draft.markedTemplate()) {
            throw new PatchbayException(Reason.REFUSED, "domain " + template + " is running and not marked as a template;"
                    + " shut it off or mark it in its metadata first");
        }
        String why = s.active() ? "template " + template + " is running: its disks would be copied while in use; "
                + "shut it off or use --without-disks" : null;
        return make(draft, "template " + template, why, request);
    }

    public Result fromSnapshot(String vm, String snapshot, Request request) throws PatchbayException {
        String xml = connection.call("reading snapshot " + snapshot + " of domain " + vm, c -> {
            Domain d = c.domainLookupByName(vm);
            if (!List.of(d.snapshotListNames()).contains(snapshot)) {
                return null;
            }
            return d.snapshotLookupByName(snapshot).getXMLDesc();
        });
        if (xml == null) {
            throw new PatchbayException(Reason.NOT_FOUND, "domain " + vm + " on " + connection.uri().display()
                    + " has no snapshot named " + snapshot);
        }
        String what = "snapshot " + snapshot + " of " + vm;
        return make(NewVmDraft.of(xml, what), what, what + " keeps its disk state inside the volumes, which libvirt's "
                + "storage API cannot copy out; use --without-disks", request);
    }

    private Result make(NewVmDraft draft, String what, String noClonesBecause, Request r) throws PatchbayException {
        if (r.name() == null || !NAME.matcher(r.name()).matches()) {
            throw new PatchbayException(Reason.BAD_INPUT, "new VM name '" + r.name()
                    + "' is not valid: use 1-64 letters, digits, '.', '_', '+' or '-'");
        }
        if (domainExists(r.name())) {
            throw new PatchbayException(Reason.REFUSED, "a domain named " + r.name() + " already exists on "
                    + connection.uri().display());
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
        return List.of(connection.call("listing defined domains", c -> c.listDefinedDomains())).contains(name)
                || connection.call("looking for domain " + name, c -> {
                    for (int id : c.listDomains()) {
                        if (name.equals(c.domainLookupByID(id).getName())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private Map<String, VolumeClone> planClones(NewVmDraft draft, String what, String noClonesBecause, String newName)
            throws PatchbayException {
        Map<String, VolumeClone> out = new LinkedHashMap<>();
        for (DiskRef d : draft.disks()) {
            if (d.readonly() || d.source() == null) {
                continue; // shared read-only (CD-ROM) or an empty drive: the plan says so
            }
            if (noClonesBecause != null) {
                throw new PatchbayException(Reason.REFUSED, "disk " + d.target() + ": " + noClonesBecause);
            }
            if (!"volume".equals(d.type()) && !d.hasPath()) {
                throw new PatchbayException(Reason.REFUSED, Sentence.of("newvm.disk.notVolume", d.target(), what,
                        d.type() + " " + d.source()));
            }
            out.put(d.target(), volumeClone(d, what, newName));
        }
        return out;
    }

    /** What libvirt says about a disk's volume and its pool, read in one call. */
    private record VolumeFacts(String pool, String name, String volumeXml, String poolXml, long capacity, List<String> poolVolumes) {
    }

    private VolumeClone volumeClone(DiskRef d, String what, String newName) throws PatchbayException {
        VolumeFacts f;
        try {
            f = connection.call("finding the storage volume of disk " + d.target() + " of " + what, c -> {
                StorageVol vol;
                if ("volume".equals(d.type())) {
                    String[] pv = d.source().split("/", 2);
                    vol = c.storagePoolLookupByName(pv[0]).storageVolLookupByName(pv[1]);
                } else {
                    vol = c.storageVolLookupByPath(d.source());
                }
                StoragePool pool = vol.storagePoolLookupByVolume();
                return new VolumeFacts(pool.getName(), vol.getName(), vol.getXMLDesc(0), pool.getXMLDesc(0),
                        vol.getInfo().capacity, List.of(pool.listVolumes()));
            });
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
            throw new PatchbayException(Reason.REFUSED, "storage pool " + f.pool() + " already has a volume named " + newVol);
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
                connection.call("cloning volume " + c.sourceVolume() + " to " + c.newVolume(), cn -> {
                    StoragePool p = cn.storagePoolLookupByName(c.pool());
                    StorageVol made1 = p.storageVolCreateXMLFrom(c.volumeXml(), p.storageVolLookupByName(c.sourceVolume()), 0);
                    if (!c.newPath().equals(made1.getPath())) {
                        LOG.warn("volume {} landed at {}, not {}", c.newVolume(), made1.getPath(), c.newPath());
                    }
                    return made1;
                });
                made.add(c);
            }
            connection.call("defining domain " + plan.name(), c -> c.domainDefineXML(plan.xml()));
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
            String undone = rollBack(plan.name(), defined, made, pool, macs);
            throw new PatchbayException(e.reason(), e.getMessage() + "; rolled back: " + undone, e);
        }
    }

    /** Reads the new domain back: its vNICs must carry the planned MACs. */
    private void verify(NewVmPlan plan) throws PatchbayException {
        String xml = connection.call("reading back domain " + plan.name(), c -> c.domainLookupByName(plan.name())
                .getXMLDesc(XML_INACTIVE));
        List<String> got = NewVmDraft.of(xml, "domain " + plan.name()).macs();
        List<String> want = plan.vnics().stream().map(NewVmPlan.PlannedVnic::newMac).sorted().toList();
        if (!got.stream().sorted().toList().equals(want)) {
            throw new PatchbayException(Reason.REMOTE_FAILED, "domain " + plan.name() + " was defined with MACs " + got
                    + ", not the planned " + want);
        }
    }

    private String rollBack(String name, boolean defined, List<VolumeClone> made, String pool, List<MacAddress> macs) {
        List<String> done = new ArrayList<>();
        if (defined) {
            try {
                connection.call("undefining domain " + name, c -> {
                    c.domainLookupByName(name).undefine();
                    return null;
                });
                done.add("domain undefined");
            } catch (PatchbayException e) {
                done.add("domain NOT undefined (" + e.getMessage() + ")");
            }
        }
        for (VolumeClone v : made) {
            try {
                connection.call("deleting volume " + v.newVolume(), c -> {
                    c.storagePoolLookupByName(v.pool()).storageVolLookupByName(v.newVolume()).delete(0);
                    return null;
                });
                done.add("volume " + v.newVolume() + " deleted");
            } catch (PatchbayException e) {
                done.add("volume " + v.newVolume() + " NOT deleted (" + e.getMessage() + ")");
            }
        }
        done.add(releaseQuietly(pool, macs, false));
        return String.join(", ", done);
    }

    private String releaseQuietly(String pool, List<MacAddress> macs, boolean dryRun) {
        if (dryRun || macs.isEmpty()) {
            return "no MACs to give back";
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
            return macs.size() + " MAC" + (macs.size() == 1 ? "" : "s") + " given back to pool " + pool;
        } catch (PatchbayException e) {
            LOG.warn("MACs {} stay allocated in pool {}: {}", macs, pool, e.getMessage());
            return "MACs NOT given back (" + e.getMessage() + ")";
        }
    }
}
