package io.patchbay.cli;

import picocli.CommandLine.Option;

/** {@code --dry-run} of the {@code vnic} commands: print the plan, change nothing. */
public final class DryRunOption {
    @Option(names = "--dry-run", description = "Print the plan (device XML and steps) and change nothing.")
    boolean dryRun;
}
