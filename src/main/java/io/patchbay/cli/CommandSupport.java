package io.patchbay.cli;

import io.patchbay.console.ConsoleHome;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.export.TopologyJson;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What the subcommands share: the console home and failing with one clear sentence (docs/CLI.md). */
final class CommandSupport {
    private CommandSupport() {
    }

    /** The console home from --home given at any level, else $PATCHBAY_HOME and the defaults. */
    static Path home(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            OptionSpec o = s.findOption("--home");
            if (o != null && o.getValue() != null) {
                return ConsoleHome.resolve(o.getValue().toString(), System.getenv());
            }
        }
        return ConsoleHome.resolve(null, System.getenv());
    }

    /** Prints the error (and its JSON form when asked) and returns its exit code. */
    static int fail(CommandSpec spec, PatchbayException e, boolean json) {
        return fail(spec, ExitCodes.of(e), e.getMessage(), json);
    }

    static int fail(CommandSpec spec, int code, String message, boolean json) {
        spec.commandLine().getErr().println("patchbay: " + message);
        spec.commandLine().getErr().flush();
        if (json) {
            spec.commandLine().getOut().print(TopologyJson.error(code, message));
            spec.commandLine().getOut().flush();
        }
        return code;
    }

    static void warn(CommandSpec spec, String message) {
        if (message != null) {
            spec.commandLine().getErr().println("patchbay: warning: " + message);
            spec.commandLine().getErr().flush();
        }
    }

    static boolean json(CommandSpec spec, String format) throws PatchbayException {
        if ("json".equals(format)) {
            return true;
        }
        if (!"text".equals(format)) {
            throw new PatchbayException(PatchbayException.Reason.BAD_INPUT, Sentence.of("cli.format.unknown", format));
        }
        return false;
    }
}
