package io.patchbay.cli;

import io.patchbay.core.PatchbayException;
import io.patchbay.ops.VlanRequest;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --tag N | --trunk N,M[,...] [--native N]}: a vNIC's VLANs on an Open vSwitch bridge. */
final class VlanOptions {
    @Option(names = {"--tag", "--vlan"}, paramLabel = "N", description = "An access port on VLAN N (1-4094).")
    Integer tag;

    @Option(names = "--trunk", paramLabel = "N,M", split = ",", description = "A trunk carrying these VLANs.")
    List<Integer> trunk;

    @Option(names = "--native", paramLabel = "N", description = "With --trunk: the VLAN carried untagged.")
    Integer nativeTag;

    /** The VLANs asked for, NONE when neither --tag nor --trunk was given. */
    VlanRequest request() throws PatchbayException {
        if (tag != null && trunk != null) {
            throw VnicRunner.badInput("cli.vlan.tagOrTrunk");
        }
        if (nativeTag != null && trunk == null) {
            throw VnicRunner.badInput("cli.vlan.nativeNeedsTrunk");
        }
        if (tag != null) {
            return VlanRequest.access(tag);
        }
        return trunk == null ? VlanRequest.NONE : VlanRequest.trunk(trunk, nativeTag);
    }

    boolean given() {
        return tag != null || trunk != null;
    }
}
