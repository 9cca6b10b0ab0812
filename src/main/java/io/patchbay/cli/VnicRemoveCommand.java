package io.patchbay.cli;

import io.patchbay.ops.Planner;
import io.patchbay.ops.VnicIntent;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vnic remove --libvirt URI --vm NAME --mac MAC [--live] [--config] [--wait SECONDS]}. */
@Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Removes a vNIC. A live removal needs the guest to release the device: it waits for",
                "libvirt's device-removed up to --wait, then reports \"removal pending\" (exit 1) if it did not come."})
public final class VnicRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VnicOptions o;

    @Mixin
    VnicMacOption mac;

    @Option(names = "--wait", paramLabel = "SECONDS", description = "How long to wait for the guest (default: 10).")
    Integer waitSeconds;

    @Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() {
        return VnicRunner.run(spec.commandLine(), VnicCommand.home(spec), o, dryRun.dryRun, scope -> {
            if (waitSeconds != null && (waitSeconds < 0 || waitSeconds > 3600)) {
                throw VnicRunner.badInput("cli.vnic.waitRange", waitSeconds);
            }
            return new VnicIntent.Remove(o.vm, mac.mac, scope,
                    waitSeconds == null ? Planner.DEFAULT_WAIT : Duration.ofSeconds(waitSeconds));
        });
    }
}
