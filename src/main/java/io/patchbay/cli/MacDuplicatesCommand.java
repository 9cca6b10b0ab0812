package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay mac duplicates --libvirt URI...}: MACs used by more than one domain, with every place. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Lists MACs used by more than one domain across the given hosts (live, persistent and snapshot XML),",
                "one line each with every place. Exit 0 when there are none, 4 when there are."})
public final class MacDuplicatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--libvirt", paramLabel = "URI", required = true, description = "A libvirt host (repeatable).")
    List<String> libvirt = new ArrayList<>();

    @Mixin
    LibvirtSshOptions ssh = new LibvirtSshOptions();

    @Override
    public Integer call() {
        try {
            List<String> found = HostMacUsage.read(ssh.connections(), libvirt).duplicateWarnings();
            found.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return found.isEmpty() ? 0 : 4;
        } catch (PatchbayException e) {
            return CommandSupport.fail(spec, e, false);
        }
    }
}
