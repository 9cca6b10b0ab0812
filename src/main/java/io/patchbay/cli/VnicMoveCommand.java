package io.patchbay.cli;

import io.patchbay.ops.VnicIntent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vnic move --libvirt URI --vm NAME --mac MAC --bridge BR [--live] [--config] [--dry-run]}. */
@Command(name = "move", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Moves a vNIC to another bridge: same MAC and PCI address, no unplug (updateDeviceFlags).")
public final class VnicMoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VnicOptions o;

    @Mixin
    VnicMacOption mac;

    @Option(names = "--bridge", required = true, paramLabel = "BR", description = "The bridge to move it to.")
    String bridge;

    @Mixin
    VlanOptions vlan;

    @Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() {
        return VnicRunner.run(spec.commandLine(), VnicCommand.home(spec), o, dryRun.dryRun,
                scope -> new VnicIntent.Move(o.vm, mac.mac, bridge, scope, vlan.given() ? vlan.request() : null));
    }
}
