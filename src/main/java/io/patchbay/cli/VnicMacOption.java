package io.patchbay.cli;

import picocli.CommandLine.Option;

/** {@code --mac MAC}: the guest MAC of the vNIC a {@code vnic} command changes (link, move, remove, vlan). */
public final class VnicMacOption {
    @Option(names = "--mac", required = true, paramLabel = "MAC", description = "The guest MAC of the vNIC.")
    String mac;
}
