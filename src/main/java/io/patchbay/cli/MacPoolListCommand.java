package io.patchbay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacPools;
import io.patchbay.mac.MacRange;
import io.patchbay.mac.MacUsage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay mac pool list [--format json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the MAC pools and how full they are.")
public final class MacPoolListCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        boolean json = "json".equals(format);
        try {
            json = CommandSupport.json(spec, format);
            MacPools pools = new MacPoolStore(CommandSupport.home(spec)).read();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = MAPPER.createObjectNode();
                ArrayNode list = root.putArray("pools");
                for (MacPool p : pools.all()) {
                    ObjectNode o = list.addObject();
                    o.put("name", p.name());
                    ArrayNode rs = o.putArray("ranges");
                    for (MacRange r : p.ranges()) {
                        rs.addObject().put("from", r.from().toString()).put("to", r.to().toString());
                    }
                    o.put("allowDuplicates", p.allowDuplicates());
                    o.put("size", p.size());
                    o.put("allocated", p.allocatedCount());
                    o.put("pending", p.pendingCount());
                    o.put("reserved", p.reservedCount());
                    o.put("external", p.externalCount());
                    o.put("free", p.free(MacUsage.NONE));
                    if (p.lastHandedOut() != null) {
                        o.put("lastHandedOut", p.lastHandedOut().toString());
                    }
                }
                out.print(MAPPER.writeValueAsString(root) + "\n");
            } else {
                for (MacPool p : pools.all()) {
                    out.printf("%s  %s  size %d  allocated %d  free %d  reserved %d  external %d%s%n", p.name(),
                            String.join(",", p.ranges().stream().map(MacRange::toString).toList()), p.size(),
                            p.allocatedCount(), p.free(MacUsage.NONE), p.reservedCount(), p.externalCount(),
                            p.allowDuplicates() ? "  allow-duplicates" : "");
                }
            }
            out.flush();
            return 0;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, json);
        }
    }
}
