package io.patchbay.cli;

import io.patchbay.ops.Refusal;
import io.patchbay.ops.VnicIntent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vnic add --libvirt URI --vm NAME (--bridge BR | --network NET [--portgroup PG]) [--tag N | --trunk N,M]
 * [--mac MAC | --pool NAME] ...}. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates a vNIC on a bridge or a libvirt network.")
public final class VnicAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VnicOptions o;

    @Option(names = "--bridge", paramLabel = "BR", description = "The bridge the new vNIC joins.")
    String bridge;

    @Option(names = "--network", paramLabel = "NET", description = "The libvirt network the new vNIC joins.")
    String network;

    @Option(names = "--mac", paramLabel = "MAC", description = "The guest MAC, given by hand.")
    String mac;

    @Option(names = "--pool", paramLabel = "NAME", description = "Take the next free MAC of this pool.")
    String pool;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "virtio",
            description = "virtio, e1000e, e1000 or rtl8139 (default: ${DEFAULT-VALUE}).")
    String model;

    @Mixin
    VlanOptions vlan;

    @Option(names = "--portgroup", paramLabel = "PG", description = "With --network: the network's portgroup.")
    String portgroup;

    @Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() {
        return VnicRunner.run(spec.commandLine(), VnicCommand.home(spec), o, dryRun.dryRun, scope -> {
            if ((bridge == null) == (network == null)) {
                throw VnicRunner.badInput("cli.vnic.bridgeOrNetwork");
            }
            if (mac != null && pool != null) {
                throw VnicRunner.badInput("cli.vnic.macOrPool");
            }
            if (mac == null && pool == null) {
                throw Refusal.NEEDS_MAC_OR_POOL.of();
            }
            if (portgroup != null && network == null) {
                throw VnicRunner.badInput("cli.vnic.portgroupNeedsNetwork");
            }
            return new VnicIntent.Add(o.vm, bridge != null ? "bridge" : "network", bridge != null ? bridge : network,
                    mac, pool, model, scope, vlan.request(), portgroup);
        });
    }
}
