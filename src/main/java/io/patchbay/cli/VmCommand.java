package io.patchbay.cli;

import picocli.CommandLine.Command;

/** {@code patchbay vm from-template|from-snapshot} (docs/CLI.md). */
@Command(name = "vm", mixinStandardHelpOptions = true, description = "New VMs from templates and snapshots, by the seed's rules.",
        subcommands = {VmFromTemplateCommand.class, VmFromSnapshotCommand.class})
public final class VmCommand {
}
