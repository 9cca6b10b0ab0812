package io.patchbay.cli;

import io.patchbay.ops.VlanRequest;
import io.patchbay.ops.VnicIntent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vnic vlan --libvirt URI --vm NAME --mac MAC (--tag N | --trunk N,M [--native N] | --none)}. */
@Command(name = "vlan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sets a vNIC's VLAN tag or trunk. Live on an Open vSwitch port (same tap and PCI address);",
                "on a Linux bridge libvirt cannot, and the plan offers the persistent definition only."})
public final class VnicVlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VnicOptions o;

    @Mixin
    VnicMacOption mac;

    @Mixin
    VlanOptions vlan;

    @Option(names = "--none", description = "No VLAN: remove the vNIC's <vlan>.")
    boolean none;

    @Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() {
        return VnicRunner.run(spec.commandLine(), VnicCommand.home(spec), o, dryRun.dryRun, scope -> {
            if (none == vlan.given()) {
                throw VnicRunner.badInput("cli.vlan.oneOf");
            }
            return new VnicIntent.Vlan(o.vm, mac.mac, none ? VlanRequest.NONE : vlan.request(), scope);
        });
    }
}
