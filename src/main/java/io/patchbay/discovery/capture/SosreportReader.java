package io.patchbay.discovery.capture;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.ParseException;
import io.patchbay.model.Vm;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outputs Patchbay needs from their known places in an unpacked sosreport. A
 * sosreport may lack any of them (plugins disabled, commands missing): absent files are skipped
 * silently. A present file that its parser cannot read becomes a warning naming it, so that one
 * damaged file does not hide the rest of the host. An unreadable file is an error.
 */
final class SosreportReader {
    private static final Logger LOG = LoggerFactory.getLogger(SosreportReader.class);

    private static final String NET = "sos_commands/networking/";
    /** First present wins: newer sos names first. */
    private static final List<String> LINK_FILES = List.of(NET + "ip_-s_-d_link", NET + "ip_-d_link",
            NET + "ip_-s_link", NET + "ip_link", NET + "ip_-o_link");
    private static final List<String> ADDRESS_FILES = List.of(NET + "ip_-d_address", NET + "ip_address",
            NET + "ip_addr", NET + "ip_-o_addr");
    private static final List<String> BRCTL_FILES = List.of(NET + "brctl_show");
    /** sos runs "bridge -d vlan show" (text); a kernel without VLAN filtering leaves iproute2's error in it. */
    private static final List<String> BRIDGE_VLAN_FILES = List.of(NET + "bridge_-d_vlan_show", NET + "bridge_vlan_show");
    private static final List<String> VIRSH_FILES = List.of("sos_commands/virsh/virsh_-r_list_--all",
            "sos_commands/libvirt/virsh_-r_list_--all", "sos_commands/virsh/virsh_list_--all");
    private static final List<String> HOSTNAME_FILES = List.of("hostname", "sos_commands/general/hostname",
            "sos_commands/host/hostname");
    private static final String OVS = "sos_commands/openvswitch/";
    /** sos runs "ovs-vsctl -t 5 show" and "ovs-appctl bond/show" (its list commands are the text form). */
    private static final List<String> OVS_SHOW_FILES = List.of(OVS + "ovs-vsctl_-t_5_show", OVS + "ovs-vsctl_show");
    private static final List<String> OVS_BOND_FILES = List.of(OVS + "ovs-appctl_bond.show");
    private static final String BONDING_DIR = "proc/net/bonding";
    private static final String PERSISTENT_DOMAINS = "etc/libvirt/qemu";
    /** var/run is often a link to run inside the report; the same file is read once. */
    private static final List<String> LIVE_DOMAINS = List.of("var/run/libvirt/qemu", "run/libvirt/qemu");

    /** Network status files (a running network's XML); older libvirt kept them in var/lib. */
    private static final List<String> LIVE_NETWORKS = List.of("var/run/libvirt/network", "run/libvirt/network",
            "var/lib/libvirt/network");
    private static final String PERSISTENT_NETWORKS = "etc/libvirt/qemu/networks";

    private final ParserFactory parsers;

    SosreportReader(ParserFactory parsers) {
        this.parsers = parsers;
    }

    static boolean isSosreport(Path dir) {
        return Files.isDirectory(dir.resolve("sos_commands"));
    }

    List<Observation> read(Path root) throws PatchbayException {
        Path realRoot = realPath(root, root.toString());
        String label = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        Context ctx = new Context(root, realRoot, label);
        List<Observation> out = new ArrayList<>();
        firstPresent(ctx, HOSTNAME_FILES, CaptureKind.HOSTNAME, out);
        firstPresent(ctx, LINK_FILES, CaptureKind.IP_TEXT, out);
        firstPresent(ctx, ADDRESS_FILES, CaptureKind.IP_TEXT, out);
        firstPresent(ctx, BRCTL_FILES, CaptureKind.BRCTL_SHOW, out);
        firstPresent(ctx, BRIDGE_VLAN_FILES, CaptureKind.BRIDGE_VLAN_TEXT, out);
        firstPresent(ctx, OVS_SHOW_FILES, CaptureKind.OVS_SHOW, out);
        firstPresent(ctx, OVS_BOND_FILES, CaptureKind.OVS_BOND_SHOW, out);
        for (Path bond : files(root.resolve(BONDING_DIR), false)) {
            readOne(ctx, bond, CaptureKind.BONDING, bond.getFileName().toString(), out);
        }
        // live state first: where sources disagree about a VM the first one's vNICs are kept,
        // and only the live XML names the taps (target dev)
        for (String dir : LIVE_DOMAINS) {
            for (Path xml : files(root.resolve(dir), true)) {
                readOne(ctx, xml, CaptureKind.DOMSTATUS_XML, null, out);
            }
        }
        firstPresent(ctx, VIRSH_FILES, CaptureKind.VIRSH_LIST, out);
        // running networks first: the status file is the definition in use
        for (String dir : LIVE_NETWORKS) {
            for (Path xml : files(root.resolve(dir), true)) {
                readOne(ctx, xml, CaptureKind.NETWORK_XML, null, out);
            }
        }
        for (Path xml : files(root.resolve(PERSISTENT_NETWORKS), true)) {
            List<Observation> one = new ArrayList<>(1);
            readOne(ctx, xml, CaptureKind.NETWORK_XML, null, one);
            one.forEach(o -> out.add(persistentNetworks(o)));
        }
        for (Path xml : files(root.resolve(PERSISTENT_DOMAINS), true)) {
            List<Observation> one = new ArrayList<>(1);
            readOne(ctx, xml, CaptureKind.DOMAIN_XML, null, one);
            one.forEach(o -> out.add(persistent(o)));
        }
        if (out.isEmpty()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.sosreportEmpty", root));
        }
        return out;
    }

    private void firstPresent(Context ctx, List<String> candidates, CaptureKind kind, List<Observation> out)
            throws PatchbayException {
        for (String rel : candidates) {
            Path file = ctx.root.resolve(rel);
            if (Files.isRegularFile(file)) {
                readOne(ctx, file, kind, null, out);
                return;
            }
        }
    }

    /** Reads and parses one file; its observation, or one with a warning saying why it was skipped, goes to {@code out}. */
    private void readOne(Context ctx, Path file, CaptureKind kind, String bondName, List<Observation> out)
            throws PatchbayException {
        String origin = "capture " + ctx.label + "/" + ctx.root.relativize(file).toString().replace('\\', '/');
        Path real = realPath(file, origin);
        if (!real.startsWith(ctx.realRoot)) {
            skipped(origin, "links outside the sosreport; skipped", out);
            return;
        }
        if (!ctx.seen.add(real)) {
            return;
        }
        String text = CaptureFiles.readText(file, origin.substring("capture ".length()));
        if (text.isBlank()) {
            skipped(origin, "empty; skipped", out);
            return;
        }
        try {
            Observation obs = parsers.parserFor(kind, bondName).parse(text, origin);
            LOG.debug("{}: read as {}", origin, kind);
            out.add(obs);
        } catch (ParseException e) {
            // the parser's message already names the file, the line and what was expected
            Observation obs = new Observation(origin);
            obs.warn(e.getMessage() + "; skipped");
            LOG.debug("{}: not usable as {}: {}", origin, kind, e.getMessage());
            out.add(obs);
        }
    }

    private static void skipped(String origin, String why, List<Observation> out) {
        Observation obs = new Observation(origin);
        obs.warn(origin + ": " + why);
        LOG.debug("{}: {}", origin, why);
        out.add(obs);
    }

    /** The domain files of etc/libvirt/qemu are the persistent definitions. */
    private static Observation persistent(Observation parsed) {
        Observation obs = new Observation(parsed.origin());
        for (Vm vm : parsed.vms()) {
            obs.addVm(new Vm(vm.name(), vm.uuid(), vm.state(), vm.id(), Boolean.TRUE, vm.vnics(), vm.origin()));
        }
        parsed.warnings().forEach(obs::warn);
        return obs;
    }

    /** The network files of etc/libvirt/qemu/networks are the persistent definitions. */
    private static Observation persistentNetworks(Observation parsed) {
        Observation obs = new Observation(parsed.origin());
        parsed.networks().forEach(n -> obs.addNetwork(n.withState(null, Boolean.TRUE)));
        parsed.warnings().forEach(obs::warn);
        return obs;
    }

    /** Regular files of a folder by name (only *.xml when asked); none when it is absent. */
    private static List<Path> files(Path dir, boolean xmlOnly) throws PatchbayException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.startsWith(".") && (!xmlOnly || name.endsWith(".xml"))) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.cannotList", dir, e.getMessage()), e);
        }
        found.sort(null);
        return found;
    }

    private static Path realPath(Path p, String shown) throws PatchbayException {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.cannotResolve", shown, e.getMessage()), e);
        }
    }

    /** One sosreport being read. */
    private static final class Context {
        final Path root;
        final Path realRoot;
        final String label;
        final Set<Path> seen = new HashSet<>();

        Context(Path root, Path realRoot, String label) {
            this.root = root;
            this.realRoot = realRoot;
            this.label = label;
        }
    }
}
