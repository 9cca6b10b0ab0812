package io.patchbay.cli;

import picocli.CommandLine.Command;

/** {@code patchbay mac ...}: MAC pools, allocation and release (docs/CLI.md). */
@Command(name = "mac", mixinStandardHelpOptions = true,
        description = "MAC pools shared by the whole fleet: no MAC is handed out twice.",
        subcommands = {MacPoolCommand.class, MacAllocateCommand.class, MacReleaseCommand.class, MacClaimCommand.class,
                MacDuplicatesCommand.class})
public final class MacCommand {
}
