package io.patchbay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.core.PatchbayException;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacPools;
import io.patchbay.newvm.NewVmMaker;
import io.patchbay.newvm.NewVmPlan;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options {@code vm from-template} and {@code vm from-snapshot} share, and how their result is printed. */
final class NewVmOptions {
    @Option(names = "--libvirt", paramLabel = "URI", required = true, description = "The libvirt host.")
    String libvirt;

    @Option(names = "--name", paramLabel = "NEW", required = true, description = "The new domain's name.")
    String name;

    @Option(names = "--pool", paramLabel = "NAME", defaultValue = MacPools.DEFAULT, description = "The MAC pool (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--dry-run", description = "Print the vNIC order, the MACs that would be assigned and the XML; change nothing.")
    boolean dryRun;

    @Option(names = "--without-disks", description = "Create the domain without any of the source's disks.")
    boolean withoutDisks;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    LibvirtSshOptions ssh = new LibvirtSshOptions();

    interface Making {
        NewVmMaker.Result make(NewVmMaker maker, NewVmMaker.Request request) throws PatchbayException;
    }

    int run(CommandSpec spec, Making making) {
        boolean json = "json".equals(format);
        try {
            json = CommandSupport.json(spec, format);
            NewVmMaker.Result r;
            try (LibvirtConnection c = ssh.connections().libvirt(libvirt)) {
                r = making.make(new NewVmMaker(c, new MacPoolStore(CommandSupport.home(spec))),
                        new NewVmMaker.Request(name, pool, dryRun, withoutDisks));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? json(r) : text(r));
            out.flush();
            CommandSupport.warn(spec, r.warning());
            return 0;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, json);
        }
    }

    static String text(NewVmMaker.Result r) {
        NewVmPlan p = r.plan();
        StringBuilder b = new StringBuilder();
        b.append(r.defined() ? "defined " : "would define ").append(p.name()).append(" (uuid ").append(p.uuid())
                .append(") from ").append(p.from()).append("; vNICs ordered by ")
                .append(p.rule() == io.patchbay.newvm.VnicOrder.Rule.PCI ? "PCI address" : "vNIC name").append('\n');
        for (NewVmPlan.PlannedVnic v : p.vnics()) {
            b.append(String.format("  %d. %-8s %-13s %s %s %s  %s -> %s%n", v.order(), v.name() == null ? "-" : v.name(),
                    v.pci() == null ? "-" : v.pci(), v.sourceType(), v.source() == null ? "-" : v.source(),
                    v.model() == null ? "-" : v.model(), v.oldMac(), v.newMac()));
        }
        for (NewVmPlan.PlannedDisk d : p.disks()) {
            b.append("  disk ").append(d.target()).append(": ");
            b.append(switch (d.action()) {
                case CLONE -> "clone " + d.from() + " -> " + d.to();
                case SHARE_READONLY -> "shared read-only " + (d.from() == null ? "(empty drive)" : d.from());
                case DROP -> "left out (--without-disks) " + d.from();
            });
            b.append('\n');
        }
        if (!r.defined()) {
            b.append(p.xml()).append('\n');
        }
        return b.toString();
    }

    static String json(NewVmMaker.Result r) throws PatchbayException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        NewVmPlan p = r.plan();
        ObjectNode root = m.createObjectNode();
        root.put("defined", r.defined()).put("name", p.name()).put("uuid", p.uuid()).put("from", p.from())
                .put("order", p.rule() == io.patchbay.newvm.VnicOrder.Rule.PCI ? "pci" : "name");
        ArrayNode vnics = root.putArray("vnics");
        for (NewVmPlan.PlannedVnic v : p.vnics()) {
            ObjectNode o = vnics.addObject();
            o.put("order", v.order()).put("name", v.name()).put("pci", v.pci()).put("oldMac", v.oldMac())
                    .put("mac", v.newMac()).put("type", v.sourceType()).put("source", v.source()).put("model", v.model());
        }
        ArrayNode disks = root.putArray("disks");
        for (NewVmPlan.PlannedDisk d : p.disks()) {
            disks.addObject().put("target", d.target()).put("from", d.from())
                    .put("action", d.action().name().toLowerCase(java.util.Locale.ROOT)).put("to", d.to());
        }
        root.put("xml", p.xml());
        if (r.warning() != null) {
            root.put("warning", r.warning());
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
