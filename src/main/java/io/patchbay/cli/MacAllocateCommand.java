package io.patchbay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.mac.Allocation;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacPools;
import io.patchbay.mac.MacUsage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay mac allocate --pool NAME [--count N] [--libvirt URI ...]}: prints the MACs, one a line. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = {"Hands out the next free MACs of a pool, skipping every MAC in use on the given hosts.",
                "The pool named 'default' is created on first use."})
public final class MacAllocateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pool", paramLabel = "NAME", defaultValue = MacPools.DEFAULT, description = "The pool (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many MACs (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--libvirt", paramLabel = "URI",
            description = "A libvirt host whose domains' MACs (live, persistent, snapshots) are skipped (repeatable).")
    List<String> libvirt = new ArrayList<>();

    @Mixin
    LibvirtSshOptions ssh = new LibvirtSshOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        boolean json = "json".equals(format);
        try {
            json = CommandSupport.json(spec, format);
            if (count < 1) {
                throw new PatchbayException(PatchbayException.Reason.BAD_INPUT, Sentence.of("mac.pool.countTooSmall", count));
            }
            HostMacUsage hosts = HostMacUsage.read(ssh.connections(), libvirt);
            hosts.duplicateWarnings().forEach(w -> CommandSupport.warn(spec, w));
            MacUsage usage = hosts.usage();
            Allocation a = new MacPoolStore(CommandSupport.home(spec)).update(
                    (pools, random) -> pools.get(pool, random).allocate(count, usage));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = new ObjectMapper().createObjectNode();
                root.put("pool", a.pool());
                ArrayNode macs = root.putArray("macs");
                a.macs().forEach(m -> macs.add(m.toString()));
                root.put("remaining", a.remaining());
                if (a.warning() != null) {
                    root.put("warning", a.warning());
                }
                out.print(new ObjectMapper().writeValueAsString(root) + "\n");
            } else {
                for (MacAddress m : a.macs()) {
                    out.println(m);
                }
            }
            out.flush();
            CommandSupport.warn(spec, a.warning());
            return 0;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, json);
        }
    }
}
