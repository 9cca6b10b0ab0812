package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patchbay mac claim --pool NAME MAC... [--libvirt URI ...]}: records MACs set by hand
 * (outside the ranges: as external); refused when one is in use and the pool allows no duplicates.
 */
@Command(name = "claim", mixinStandardHelpOptions = true,
        description = {"Records MACs set by hand, so the pool never hands them out; MACs outside its ranges are recorded as external.",
                "Refused (exit 4) when one is already in use and the pool does not allow duplicates; then none is recorded."})
public final class MacClaimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pool", paramLabel = "NAME", defaultValue = "default", description = "The pool (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--libvirt", paramLabel = "URI", description = "A libvirt host whose MACs count as in use (repeatable).")
    List<String> libvirt = new ArrayList<>();

    @Mixin
    LibvirtSshOptions ssh = new LibvirtSshOptions();

    @Parameters(paramLabel = "MAC", arity = "1..*", description = "The MACs set by hand.")
    List<String> macs = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            List<MacAddress> parsed = new ArrayList<>();
            for (String m : macs) {
                parsed.add(MacAddress.parseAssignable(m));
            }
            HostMacUsage hosts = HostMacUsage.read(ssh.connections(), libvirt);
            MacUsage usage = hosts.usage();
            List<String> lines = new MacPoolStore(CommandSupport.home(spec)).update((pools, random) -> {
                MacPool p = pools.get(pool, random);
                List<String> done = new ArrayList<>();
                for (MacAddress m : parsed) {
                    try {
                        done.add(m + (p.claim(m, usage) ? " external" : " allocated"));
                    } catch (PatchbayException e) {
                        String places = hosts.places(m.value());
                        Sentence why = places != null && MacPool.IN_USE_ON_A_HOST.equals(e.sentence().key())
                                ? Sentence.of("mac.inUseOn", m, places) : e.sentence();
                        throw new PatchbayException(e.reason(), Sentence.of("mac.nothingRecorded", why));
                    }
                }
                return done;
            });
            lines.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, false);
        }
    }
}
