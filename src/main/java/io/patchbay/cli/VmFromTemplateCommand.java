package io.patchbay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay vm from-template --libvirt URI --template NAME --name NEW [--pool NAME] [--dry-run] [--without-disks]}. */
@Command(name = "from-template", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Defines a new domain from a shut-off domain (or one marked as template): new name and UUID;",
                "vNICs ordered by PCI address (else by name) get new MACs from the pool in that order;",
                "PCI addresses and bridges carried over; storage-volume disks cloned through libvirt."})
public final class VmFromTemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--template", paramLabel = "NAME", required = true, description = "The template domain.")
    String template;

    @Mixin
    NewVmOptions options;

    @Override
    public Integer call() {
        return options.run(spec, (maker, request) -> maker.fromTemplate(template, request));
    }
}
