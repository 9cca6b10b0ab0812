package io.patchbay.cli;

import io.patchbay.ops.VnicIntent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vnic link --libvirt URI --vm NAME --mac MAC --state up|down [--live] [--config]}. */
@Command(name = "link", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sets a vNIC's link up or down.")
public final class VnicLinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VnicOptions o;

    @Option(names = "--mac", required = true, paramLabel = "MAC", description = "The guest MAC of the vNIC.")
    String mac;

    @Option(names = "--state", required = true, paramLabel = "up|down", description = "up or down.")
    String state;

    @Option(names = "--dry-run", description = "Print the plan (device XML and steps) and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        return VnicRunner.run(spec.commandLine(), VnicCommand.home(spec), o, dryRun, scope -> {
            if (!"up".equals(state) && !"down".equals(state)) {
                throw VnicRunner.badInput("cli.vnic.linkState", state);
            }
            return new VnicIntent.Link(o.vm, mac, "up".equals(state), scope);
        });
    }
}
