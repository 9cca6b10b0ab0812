package io.patchbay.mac;

import io.patchbay.cli.PatchbayCommand;

/**
 * A separate OS process for the concurrency and crash tests: runs {@code patchbay mac allocate}
 * through the real CLI N times (forever when N is 0), each MAC printed once its pool file is
 * written. Args: HOME POOL N.
 */
public final class AllocatingChild {
    private AllocatingChild() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[2]);
        for (int i = 0; n == 0 || i < n; i++) {
            int code = PatchbayCommand.commandLine().execute("--home", args[0], "mac", "allocate", "--pool", args[1]);
            if (code != 0) {
                System.exit(code);
            }
        }
        System.exit(0);
    }
}
