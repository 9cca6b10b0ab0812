package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacRange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay mac pool add NAME --range FROM-TO [--range ...] [--allow-duplicates] [--reserve MAC ...]}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a MAC pool.")
public final class MacPoolAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The pool's name.")
    String name;

    @Option(names = "--range", paramLabel = "FROM-TO", required = true,
            description = "Unicast MACs from FROM to TO (one first octet; repeatable).")
    List<String> ranges = new ArrayList<>();

    @Option(names = "--allow-duplicates", description = "Let a MAC set by hand be used twice (off by default).")
    boolean allowDuplicates;

    @Option(names = "--reserve", paramLabel = "MAC", description = "A MAC of the ranges never handed out (repeatable).")
    List<String> reserve = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            List<MacRange> parsed = new ArrayList<>();
            for (String r : ranges) {
                parsed.add(MacRange.parse(r));
            }
            MacPool pool = new MacPool(name, parsed, allowDuplicates);
            for (String r : reserve) {
                pool.reserve(MacAddress.parseReservable(r));
            }
            new MacPoolStore(CommandSupport.home(spec)).update((pools, random) -> {
                pools.add(pool);
                return null;
            });
            spec.commandLine().getOut().println("pool " + name + ": " + pool.size() + " MACs in " + parsed.size()
                    + " range" + (parsed.size() == 1 ? "" : "s"));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, false);
        }
    }
}
