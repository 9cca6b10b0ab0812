package io.patchbay;

import io.patchbay.cli.PatchbayCommand;
import picocli.CommandLine;

/** Without arguments: the console window. With arguments: the command line (no window). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.patchbay.ui.PatchbayApp.launchApp(args);
            return;
        }
        int code = new CommandLine(new PatchbayCommand())
                .setExecutionExceptionHandler((ex, cl, parsed) -> {
                    cl.getErr().println("patchbay: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
                    return 1;
                })
                .execute(args);
        System.exit(code);
    }
}
