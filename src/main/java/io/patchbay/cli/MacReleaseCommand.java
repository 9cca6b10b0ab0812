package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay mac release --pool NAME MAC...}: all or nothing. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Gives MACs back to their pool; if any of them is not allocated there, none is released.")
public final class MacReleaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pool", paramLabel = "NAME", required = true, description = "The pool.")
    String pool;

    @Parameters(paramLabel = "MAC", arity = "1..*", description = "The MACs to release.")
    List<String> macs = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            List<MacAddress> parsed = new ArrayList<>();
            for (String m : macs) {
                parsed.add(MacAddress.parse(m));
            }
            new MacPoolStore(CommandSupport.home(spec)).update((pools, random) -> {
                MacPool p = pools.get(pool, random);
                for (MacAddress m : parsed) {
                    if (!p.holds(m.value())) {
                        throw new PatchbayException(PatchbayException.Reason.NOT_FOUND,
                                Sentence.of("mac.release.nothing", MacPool.notAllocated(m, pool)));
                    }
                }
                for (MacAddress m : parsed) {
                    p.release(m);
                }
                return null;
            });
            return 0;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, false);
        }
    }
}
