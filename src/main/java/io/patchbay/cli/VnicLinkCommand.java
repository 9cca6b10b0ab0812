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

    @Mixin
    VnicMacOption mac;

    @Option(names = "--state", required = true, paramLabel = "up|down", description = "up or down.")
    String state;

    @Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() {
        return VnicRunner.run(spec.commandLine(), VnicCommand.home(spec), o, dryRun.dryRun, scope -> {
            if (!"up".equals(state) && !"down".equals(state)) {
                throw VnicRunner.badInput("cli.vnic.linkState", state);
            }
            return new VnicIntent.Link(o.vm, mac.mac, "up".equals(state), scope);
        });
    }
}
