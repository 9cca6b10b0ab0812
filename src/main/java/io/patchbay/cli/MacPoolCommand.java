package io.patchbay.cli;

import picocli.CommandLine.Command;

/** {@code patchbay mac pool add|list}. */
@Command(name = "pool", mixinStandardHelpOptions = true, description = "Adds and lists MAC pools.",
        subcommands = {MacPoolAddCommand.class, MacPoolListCommand.class})
public final class MacPoolCommand {
}
