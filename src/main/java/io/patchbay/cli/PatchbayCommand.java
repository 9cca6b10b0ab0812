package io.patchbay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top of the command line: global options and the subcommands. */
@Command(name = "patchbay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Networking console for virtualization hosts. Without a subcommand it opens the window.",
        subcommands = {TopologyCommand.class, VnicCommand.class, JournalCommand.class, MacCommand.class,
                VmCommand.class, CommandLine.HelpCommand.class})
public final class PatchbayCommand {
    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Where settings, known hosts, MAC pools and the journal live (env PATCHBAY_HOME; "
                    + "default $XDG_CONFIG_HOME/patchbay).")
    String home;

    /** The --home given before any subcommand, or null. */
    public String home() {
        return home;
    }

    /**
     * The command line as scripts use it: options like --ssh, --capture and --name may repeat
     * (each occurrence adds a source or starts a host).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PatchbayCommand());
        cl.setOverwrittenOptionsAllowed(true);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("patchbay: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            c.getErr().flush();
            return 1;
        });
        return cl;
    }
}
