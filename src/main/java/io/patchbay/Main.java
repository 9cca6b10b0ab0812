package io.patchbay;

import io.patchbay.cli.PatchbayCommand;

/** Without arguments: the console window. With arguments: the command line (no window). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.patchbay.ui.PatchbayApp.launchApp(args);
            return;
        }
        int code = PatchbayCommand.commandLine().execute(args);
        System.exit(code);
    }
}
