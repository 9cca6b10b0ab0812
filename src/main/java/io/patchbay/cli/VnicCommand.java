package io.patchbay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code patchbay vnic add|move|link|remove|vlan}: vNIC changes as plans (docs/CLI.md). */
@Command(name = "vnic", mixinStandardHelpOptions = true,
        description = {"Changes a VM's vNICs live and safely: each change is planned (device XML and steps),",
                "applied, verified by reading the host again, rolled back on failure, and journaled."},
        subcommands = {VnicAddCommand.class, VnicMoveCommand.class, VnicLinkCommand.class, VnicRemoveCommand.class,
                VnicVlanCommand.class})
public final class VnicCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "vnic needs a subcommand: add, move, link, remove or vlan");
    }

    /** The --home given to the top command, or null. */
    static String home(CommandSpec spec) {
        Object top = spec.root().userObject();
        return top instanceof PatchbayCommand p ? p.home : null;
    }
}
