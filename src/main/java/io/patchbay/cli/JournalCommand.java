package io.patchbay.cli;

import io.patchbay.console.ConsoleHome;
import io.patchbay.core.PatchbayException;
import io.patchbay.ops.Journal;
import io.patchbay.ops.JournalEntry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patchbay journal [--format json]}: every plan that was run, oldest first. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Prints the journal of applied vNIC plans (when, host, VM, what, result) from the console home.")
public final class JournalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        boolean json = "json".equals(format);
        if (!json && !"text".equals(format)) {
            return VnicRunner.fail(spec.commandLine(), 2, "unknown --format '" + format + "': expected text or json", false);
        }
        Journal journal = new Journal(ConsoleHome.resolve(VnicCommand.home(spec), System.getenv()));
        Journal.Contents c;
        try {
            c = journal.read();
        } catch (PatchbayException e) {
            return VnicRunner.fail(spec.commandLine(), ExitCodes.of(e), e.getMessage(), json);
        }
        PrintWriter err = spec.commandLine().getErr();
        c.problems().forEach(p -> err.println("patchbay: " + p));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Journal.toJson(c.entries()));
        } else if (c.entries().isEmpty()) {
            out.println("The journal " + journal.file() + " is empty.");
        } else {
            for (JournalEntry e : c.entries()) {
                out.println(e.when() + "  " + e.host() + "  " + e.vm() + "  " + e.kind() + " " + e.mac() + "  "
                        + e.result() + "  " + e.what() + undoText(e, c.entries()));
            }
        }
        out.flush();
        return 0;
    }

    /** "  (undo of move 3f2a...)" for an undo, naming the kind of the run it took back; "" for any other entry. */
    private static String undoText(JournalEntry e, java.util.List<JournalEntry> all) {
        if (!e.isUndo()) {
            return "";
        }
        JournalEntry undone = e.undone(all);
        return "  (undo of " + (undone == null ? "" : undone.kind() + " ") + e.undoOf() + ")";
    }
}
