package io.patchbay;

import io.patchbay.console.ConsoleHome;
import io.patchbay.cli.PatchbayCommand;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Without a subcommand: the console window ({@code patchbay}, {@code patchbay --home DIR}). With
 * one, or with {@code --help}, {@code --version} or anything the command line does not accept: the
 * command line (no window).
 */
public final class Main {
    /** What a start does. */
    public sealed interface Launch {
        /** The console window, with its console home. */
        record Console(Path home) implements Launch {
        }

        /** The command line, with the arguments as given. */
        record Cli(String[] args) implements Launch {
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        Launch launch = decide(args, System.getenv());
        if (launch instanceof Launch.Console c) {
            io.patchbay.ui.PatchbayApp.launchApp(c.home());
        } else if (launch instanceof Launch.Cli c) {
            System.exit(PatchbayCommand.commandLine().execute(c.args()));
        }
    }

    /** Chooses between the window and the command line; nothing is run. */
    public static Launch decide(String[] args, Map<String, String> env) {
        if (args.length == 0) {
            return new Launch.Console(ConsoleHome.resolve(null, env));
        }
        CommandLine cl = PatchbayCommand.commandLine();
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return new Launch.Cli(args); // the command line explains what is wrong
        }
        if (parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return new Launch.Cli(args);
        }
        PatchbayCommand top = cl.getCommand();
        return new Launch.Console(ConsoleHome.resolve(top.home(), env));
    }
}
