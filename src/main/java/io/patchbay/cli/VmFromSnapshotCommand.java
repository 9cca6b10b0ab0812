package io.patchbay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vm from-snapshot --libvirt URI --vm NAME --snapshot SNAP --name NEW [--pool NAME] [--dry-run] --without-disks}. */
@Command(name = "from-snapshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Defines a new domain from a snapshot's domain XML with new MACs for every vNIC,",
                "assigned in PCI address order when the snapshot has PCI addresses (else in name order).",
                "The snapshot's disk state cannot be copied through libvirt's storage API: give --without-disks."})
public final class VmFromSnapshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--vm", paramLabel = "NAME", required = true, description = "The domain the snapshot belongs to.")
    String vm;

    @Option(names = "--snapshot", paramLabel = "SNAP", required = true, description = "The snapshot.")
    String snapshot;

    @Mixin
    NewVmOptions options;

    @Override
    public Integer call() {
        return options.run(spec, (maker, request) -> maker.fromSnapshot(vm, snapshot, request));
    }
}
