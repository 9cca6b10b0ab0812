package io.patchbay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top of the command line: global options and the subcommands. */
@Command(name = "patchbay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Networking console for virtualization hosts. Without a subcommand it opens the window.",
        subcommands = {TopologyCommand.class, CommandLine.HelpCommand.class})
public final class PatchbayCommand {
    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Where settings, known hosts, MAC pools and the journal live (env PATCHBAY_HOME; "
                    + "default $XDG_CONFIG_HOME/patchbay).")
    String home;
}
