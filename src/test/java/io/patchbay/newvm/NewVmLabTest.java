package io.patchbay.newvm;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.cli.PatchbayCommand;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtUri;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.testsupport.Lab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Rule 4 and the fleet-wide MAC check on the lab's real libvirtd: test domains with tiny qcow2
 * disks in a storage pool of their own, a real (running, internal) snapshot, the pool file, the
 * CLI. Everything made here is removed afterwards.
 */
@Tag("lab")
class NewVmLabTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final String POOL = "pbmactest";
    private static final Path DIR = Path.of("/var/lib/patchbay-lab/pbmactest");
    private static final Path LOOSE = Path.of("/var/lib/patchbay-lab/pbmt-loose.qcow2");
    private static final List<String> DOMAINS = List.of("pbmt-tmpl", "pbmt-snap", "pbmt-loose", "pbmt-new1", "pbmt-new2",
            "pbmt-new3", "pbmt-emu", "pbmt-new4");
    private static final Path EMULATOR = Path.of("/var/lib/patchbay-lab/pbmt-qemu");
    private static String uri;

    @TempDir
    Path home;

    /** The test domains' shape: machine pc, one qcow2 disk, two vNICs whose XML order is the reverse of their PCI order. */
    private static final String SKELETON = "<domain type='qemu'><name/><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
            + "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
            + "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source/><target dev='vda' bus='virtio'/></disk>"
            + "<interface type='bridge'><mac/><source bridge='pbbr0'/><model type='virtio'/><alias name='ua-net2'/>"
            + "<address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/></interface>"
            + "<interface type='bridge'><mac/><source bridge='pbbr1'/><model type='virtio'/><alias name='ua-net1'/>"
            + "<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/></interface>"
            + "</devices></domain>";

    /** A test domain built with the DOM; {@code uuid} and {@code emulator} may be null. */
    static String domainXml(String name, String disk, String mac7, String mac3, String uuid, String emulator) throws Exception {
        org.w3c.dom.Document doc = DomainXml.parse(SKELETON, "the test domain skeleton");
        Element d = doc.getDocumentElement();
        DomainXml.child(d, "name").setTextContent(name);
        if (uuid != null) {
            d.insertBefore(doc.createElement("uuid"), DomainXml.child(d, "memory")).setTextContent(uuid);
        }
        Element devices = DomainXml.child(d, "devices");
        DomainXml.child(DomainXml.child(devices, "disk"), "source").setAttribute("file", disk);
        List<Element> ifaces = DomainXml.interfaces(d);
        DomainXml.child(ifaces.get(0), "mac").setAttribute("address", mac7);
        DomainXml.child(ifaces.get(1), "mac").setAttribute("address", mac3);
        if (emulator != null) {
            devices.insertBefore(doc.createElement("emulator"), devices.getFirstChild()).setTextContent(emulator);
        }
        return DomainXml.write(doc);
    }

    static String domainXml(String name, String disk, String mac7, String mac3) throws Exception {
        return domainXml(name, disk, mac7, mac3, null, null);
    }

    private static void virsh(String... args) {
        List<String> cmd = new ArrayList<>(List.of("virsh", "-q", "-c", uri));
        cmd.addAll(List.of(args));
        Lab.runCommand(T, cmd.toArray(String[]::new));
    }

    private static void virshQuietly(String... args) {
        try {
            virsh(args);
        } catch (IllegalStateException e) {
            // not there: nothing to clean
        }
    }

    private static void define(Path dir, String name, String xml) throws Exception {
        Path f = dir.resolve(name + ".xml");
        Files.writeString(f, xml);
        virsh("define", f.toString());
    }

    @BeforeAll
    static void labDomains(@TempDir Path tmp) throws Exception {
        uri = Lab.load().libvirtUri();
        cleanUp();
        Files.createDirectories(DIR);
        virsh("pool-define-as", POOL, "dir", "--target", DIR.toString());
        virsh("pool-start", POOL);
        virsh("vol-create-as", POOL, "pbmt-tmpl-vda.qcow2", "1M", "--format", "qcow2");
        virsh("vol-create-as", POOL, "pbmt-snap-vda.qcow2", "1M", "--format", "qcow2");
        Lab.runCommand(T, "qemu-img", "create", "-q", "-f", "qcow2", LOOSE.toString(), "1M");
        define(tmp, "pbmt-tmpl", domainXml("pbmt-tmpl", DIR + "/pbmt-tmpl-vda.qcow2", "02:77:ac:00:00:00", "02:77:ac:00:00:05"));
        define(tmp, "pbmt-loose", domainXml("pbmt-loose", LOOSE.toString(), "02:77:ae:00:00:01", "02:77:ac:00:00:05"));
        define(tmp, "pbmt-snap", domainXml("pbmt-snap", DIR + "/pbmt-snap-vda.qcow2", "02:77:ad:00:00:01", "02:77:ad:00:00:02"));
        virsh("start", "pbmt-snap");
        virsh("snapshot-create-as", "pbmt-snap", "s1");
        virsh("destroy", "pbmt-snap");
        // from now on 02:77:ad:00:00:01 lives only in the snapshot
        String uuid = Lab.runCommand(T, "virsh", "-c", uri, "domuuid", "pbmt-snap").get(0).trim();
        define(tmp, "pbmt-snap2", domainXml("pbmt-snap", DIR + "/pbmt-snap-vda.qcow2", "02:77:ad:00:00:11", "02:77:ad:00:00:02",
                uuid, null));
    }

    @AfterAll
    static void cleanUp() {
        for (String d : DOMAINS) {
            virshQuietly("destroy", d);
            virshQuietly("undefine", d, "--snapshots-metadata");
        }
        for (String v : List.of("pbmt-tmpl-vda.qcow2", "pbmt-snap-vda.qcow2", "pbmt-new1-vda.qcow2", "pbmt-emu-vda.qcow2",
                "pbmt-new4-vda.qcow2")) {
            virshQuietly("vol-delete", v, "--pool", POOL);
        }
        virshQuietly("pool-destroy", POOL);
        virshQuietly("pool-undefine", POOL);
        try {
            Files.deleteIfExists(LOOSE);
            Files.deleteIfExists(EMULATOR);
            Files.deleteIfExists(DIR);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Run(int code, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static String persistentXml(String domain) {
        return String.join("\n", Lab.runCommand(T, "virsh", "-c", uri, "dumpxml", "--inactive", domain));
    }

    /** slot -> [mac, bridge] of each vNIC of a domain's persistent XML. */
    private static List<String> vnics(String domain) throws Exception {
        Element d = DomainXml.parse(persistentXml(domain), domain).getDocumentElement();
        List<String> out = new ArrayList<>();
        for (Element i : DomainXml.interfaces(d)) {
            out.add(VnicOrder.pciText(i) + " " + DomainXml.mac(i) + " "
                    + DomainXml.child(i, "source").getAttribute("bridge"));
        }
        return out.stream().sorted().toList();
    }

    private MacPool pool(String name) throws Exception {
        return new MacPoolStore(home).read().get(name, new Random());
    }

    @Test
    void fromTemplateOrdersByPciSkipsMacsInUseAndClonesTheVolume() throws Exception {
        assertThat(cli("mac", "pool", "add", "labt", "--range", "02:77:ac:00:00:00-02:77:ac:00:00:0f").code()).isZero();
        Run dry = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-tmpl", "--name", "pbmt-new1",
                "--pool", "labt", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        List<String> lines = dry.out().lines().toList();
        assertThat(lines.get(0)).startsWith("would define pbmt-new1").endsWith("vNICs ordered by PCI address");
        // PCI order (slot 3 before slot 7) is the reverse of the XML order; :00 and :05 are in use on the host
        assertThat(lines.get(1)).contains("ua-net1").contains("0000:00:03.0").contains("pbbr1")
                .endsWith("02:77:ac:00:00:05 -> 02:77:ac:00:00:01");
        assertThat(lines.get(2)).contains("ua-net2").contains("0000:00:07.0").contains("pbbr0")
                .endsWith("02:77:ac:00:00:00 -> 02:77:ac:00:00:02");
        assertThat(lines.get(3)).isEqualTo("  disk vda: clone " + DIR + "/pbmt-tmpl-vda.qcow2 -> " + DIR + "/pbmt-new1-vda.qcow2");
        assertThat(pool("labt").allocatedCount()).as("a dry run allocates nothing").isZero();

        Run real = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-tmpl", "--name", "pbmt-new1", "--pool", "labt");
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(vnics("pbmt-new1")).containsExactly("0000:00:03.0 02:77:ac:00:00:01 pbbr1", "0000:00:07.0 02:77:ac:00:00:02 pbbr0");
        String xml = persistentXml("pbmt-new1");
        assertThat(xml).contains(DIR + "/pbmt-new1-vda.qcow2").doesNotContain("pbmt-tmpl-vda");
        String tmplUuid = DomainXml.child(DomainXml.parse(persistentXml("pbmt-tmpl"), "t").getDocumentElement(), "uuid").getTextContent();
        String newUuid = DomainXml.child(DomainXml.parse(xml, "n").getDocumentElement(), "uuid").getTextContent();
        assertThat(newUuid).isNotEqualTo(tmplUuid);
        assertThat(String.join("\n", Lab.runCommand(T, "virsh", "-c", uri, "vol-dumpxml", "--pool", POOL, "pbmt-new1-vda.qcow2")))
                .contains("<format type='qcow2'/>");
        MacPool labt = pool("labt");
        assertThat(labt.allocatedCount()).isEqualTo(2);
        assertThat(labt.pendingCount()).isZero();

        Run again = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-tmpl", "--name", "pbmt-new1", "--pool", "labt");
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("a domain named pbmt-new1 already exists");
        assertThat(pool("labt").allocatedCount()).isEqualTo(2);
    }

    @Test
    void aFailedDefineIsRolledBackVolumeAndMacs(@TempDir Path tmp) throws Exception {
        // a template whose emulator (a symlink to QEMU) is gone after it was defined: libvirt refuses
        // to define the copy, after its volume was cloned and its MACs were taken
        Files.createSymbolicLink(EMULATOR, Path.of("/usr/bin/qemu-system-x86_64"));
        virsh("vol-create-as", POOL, "pbmt-emu-vda.qcow2", "1M", "--format", "qcow2");
        define(tmp, "pbmt-emu", domainXml("pbmt-emu", DIR + "/pbmt-emu-vda.qcow2", "02:77:b0:00:00:01", "02:77:b0:00:00:02",
                null, EMULATOR.toString()));
        Files.delete(EMULATOR);
        assertThat(cli("mac", "pool", "add", "labr", "--range", "02:77:b1:00:00:00-02:77:b1:00:00:0f").code()).isZero();
        Run failed = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-emu", "--name", "pbmt-new4", "--pool", "labr");
        assertThat(failed.code()).as(failed.err()).isNotZero();
        assertThat(failed.err()).contains("defining domain pbmt-new4").contains("Cannot check QEMU binary")
                .endsWith("; rolled back: volume pbmt-new4-vda.qcow2 deleted, 2 MACs given back to pool labr\n");
        assertThat(Lab.runCommand(T, "virsh", "-c", uri, "vol-list", "--pool", POOL).toString()).doesNotContain("pbmt-new4");
        assertThat(String.join(" ", Lab.runCommand(T, "virsh", "-c", uri, "list", "--all", "--name"))).doesNotContain("pbmt-new4");
        MacPool labr = pool("labr");
        assertThat(labr.allocatedCount()).isZero();
        assertThat(labr.pendingCount()).isZero();
    }

    @Test
    void aDiskThatIsNoVolumeIsNeverSharedWithoutBeingAskedTo() throws Exception {
        Run refused = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-loose", "--name", "pbmt-new2");
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).isEqualTo("patchbay: disk vda of template pbmt-loose (" + LOOSE
                + ") is not a libvirt storage volume, so it cannot be cloned; use --without-disks\n");
        assertThat(String.join(" ", Lab.runCommand(T, "virsh", "-c", uri, "list", "--all", "--name"))).doesNotContain("pbmt-new2");
        Run ok = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-loose", "--name", "pbmt-new2", "--without-disks");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("disk vda: left out (--without-disks)");
        assertThat(persistentXml("pbmt-new2")).doesNotContain("<disk");
        assertThat(vnics("pbmt-new2")).hasSize(2).noneMatch(v -> v.contains("02:77:ae") || v.contains("02:77:ac:00:00:05"));
    }

    @Test
    void fromSnapshotGivesNewMacsInPciOrder() throws Exception {
        Run needsFlag = cli("vm", "from-snapshot", "--libvirt", uri, "--vm", "pbmt-snap", "--snapshot", "s1", "--name", "pbmt-new3");
        assertThat(needsFlag.code()).isEqualTo(4);
        assertThat(needsFlag.err()).contains("disk vda: snapshot s1 of pbmt-snap keeps its disk state inside the volumes")
                .contains("--without-disks");
        Run missing = cli("vm", "from-snapshot", "--libvirt", uri, "--vm", "pbmt-snap", "--snapshot", "nope", "--name", "pbmt-new3");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("patchbay: domain pbmt-snap on " + LibvirtUri.parse(uri).display()
                + " has no snapshot named nope\n");
        Run noTemplate = cli("vm", "from-template", "--libvirt", uri, "--template", "pbmt-none", "--name", "pbmt-new3",
                "--format", "json");
        assertThat(noTemplate.code()).isEqualTo(3);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(noTemplate.out()).at("/error/code").asInt()).isEqualTo(3);
        Run json = cli("vm", "from-snapshot", "--libvirt", uri, "--vm", "pbmt-snap", "--snapshot", "s1", "--name", "pbmt-new3",
                "--without-disks", "--dry-run", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        var plan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(plan.get("defined").asBoolean()).isFalse();
        assertThat(plan.get("order").asText()).isEqualTo("pci");
        assertThat(plan.at("/vnics/0/pci").asText()).isEqualTo("0000:00:03.0");
        assertThat(plan.at("/vnics/0/oldMac").asText()).isEqualTo("02:77:ad:00:00:02");
        assertThat(plan.at("/vnics/1/oldMac").asText()).isEqualTo("02:77:ad:00:00:01");
        assertThat(plan.at("/disks/0/action").asText()).isEqualTo("drop");
        assertThat(cli("mac", "pool", "add", "labn", "--range", "02:77:af:00:00:00-02:77:af:00:00:0f").code()).isZero();
        Run ok = cli("vm", "from-snapshot", "--libvirt", uri, "--vm", "pbmt-snap", "--snapshot", "s1", "--name", "pbmt-new3",
                "--pool", "labn", "--without-disks");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("vNICs ordered by PCI address");
        // the snapshot's MACs (02:77:ad:00:00:01 at slot 7, :02 at slot 3) are replaced, slot 3 first
        assertThat(vnics("pbmt-new3")).containsExactly("0000:00:03.0 02:77:af:00:00:00 pbbr1", "0000:00:07.0 02:77:af:00:00:01 pbbr0");
    }

    @Test
    void macsUsedLiveInConfigOrOnlyInASnapshotAreSkippedAndRefused() throws Exception {
        assertThat(cli("mac", "pool", "add", "labs", "--range", "02:77:ad:00:00:00-02:77:ad:00:00:03").code()).isZero();
        Run got = cli("mac", "allocate", "--pool", "labs", "--libvirt", uri, "--count", "2");
        assertThat(got.code()).as(got.err()).isZero();
        assertThat(got.out()).isEqualTo("02:77:ad:00:00:00\n02:77:ad:00:00:03\n");
        // pbmt-loose was defined with pbmt-tmpl's MAC: reported with both places
        assertThat(got.err()).contains("patchbay: warning: MAC 02:77:ac:00:00:05 is used more than once: ")
                .contains(LibvirtUri.parse(uri).display() + "/pbmt-tmpl (config)")
                .contains(LibvirtUri.parse(uri).display() + "/pbmt-loose (config)");
        Run dups = cli("mac", "duplicates", "--libvirt", uri);
        assertThat(dups.code()).isEqualTo(4);
        assertThat(dups.out().lines().filter(l -> l.contains("02:77:ac:00:00:05"))).singleElement().asString()
                .contains("pbmt-tmpl (config)").contains("pbmt-loose (config)");
        Run snapOnly = cli("mac", "claim", "--pool", "labs", "--libvirt", uri, "02:77:ad:00:00:01");
        assertThat(snapOnly.code()).isEqualTo(4);
        assertThat(snapOnly.err()).contains("02:77:ad:00:00:01 is already in use").contains("pbmt-snap (snapshot s1)")
                .doesNotContain("(config)");
        Run live = cli("mac", "claim", "--libvirt", uri, "52:54:00:bb:01:01");
        assertThat(live.code()).isEqualTo(4);
        assertThat(live.err()).contains("pbguest1 (live)").contains("pbguest1 (config)");
        Run exhausted = cli("mac", "allocate", "--pool", "labs", "--libvirt", uri);
        assertThat(exhausted.code()).isEqualTo(4);
        assertThat(exhausted.err()).contains("pool labs is exhausted");
    }

    @Test
    void aSnapshotWithoutPciAddressesGetsNewMacsInNameOrder() throws Exception {
        // qemu:///system gives every NIC a PCI address at define time (and on snapshot redefine);
        // libvirt's test driver does not, so a snapshot without PCI addresses is made there
        try (LibvirtConnection c = LibvirtConnection.open("test:///default")) {
            String xml = "<domain type='test'><name>nopci</name><memory>65536</memory><os><type>hvm</type></os><devices>"
                    + "<interface type='bridge'><mac address='52:54:00:dd:00:01'/><source bridge='br0'/><alias name='ua-b'/></interface>"
                    + "<interface type='bridge'><mac address='52:54:00:dd:00:02'/><source bridge='br1'/><alias name='ua-a'/></interface>"
                    + "</devices></domain>";
            c.call("defining nopci", cn -> cn.domainDefineXML(xml));
            c.call("snapshot", cn -> cn.domainLookupByName("nopci").snapshotCreateXML("<domainsnapshot><name>s0</name></domainsnapshot>"));
            MacPoolStore store = new MacPoolStore(home);
            store.update((pools, r) -> {
                pools.add(new MacPool("t", List.of(io.patchbay.mac.MacRange.parse("02:99:00:00:00:00-02:99:00:00:00:0f")), false));
                return null;
            });
            NewVmMaker.Result r = new NewVmMaker(c, store).fromSnapshot("nopci", "s0",
                    new NewVmMaker.Request("nopci-new", "t", false, true));
            assertThat(r.defined()).isTrue();
            assertThat(r.plan().rule()).isEqualTo(VnicOrder.Rule.NAME);
            assertThat(r.plan().vnics()).extracting(v -> v.name() + " " + v.oldMac() + " -> " + v.newMac())
                    .containsExactly("ua-a 52:54:00:dd:00:02 -> 02:99:00:00:00:00", "ua-b 52:54:00:dd:00:01 -> 02:99:00:00:00:01");
            String back = c.call("reading back", cn -> cn.domainLookupByName("nopci-new").getXMLDesc(2));
            assertThat(NewVmDraft.of(back, "nopci-new").macs()).containsExactly("02:99:00:00:00:01", "02:99:00:00:00:00");
        }
    }
}
