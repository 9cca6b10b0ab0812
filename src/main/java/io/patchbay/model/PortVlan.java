package io.patchbay.model;

import java.util.List;

/**
 * The VLANs of one switch port. An Open vSwitch port says {@code tag} (access), {@code trunks}
 * and {@code mode} (its vlan_mode); a port of a VLAN-filtering Linux bridge says {@code pvid},
 * {@code untagged} and {@code tagged}. What a source did not say is null or empty.
 */
public record PortVlan(Integer tag, List<Integer> trunks, String mode, Integer pvid, List<Integer> untagged,
                       List<Integer> tagged) {
    public PortVlan {
        trunks = trunks == null ? List.of() : List.copyOf(trunks);
        untagged = untagged == null ? List.of() : List.copyOf(untagged);
        tagged = tagged == null ? List.of() : List.copyOf(tagged);
    }

    /** An Open vSwitch port's VLAN: access tag, trunks, vlan_mode. */
    public static PortVlan ovs(Integer tag, List<Integer> trunks, String mode) {
        return new PortVlan(tag, trunks, mode, null, null, null);
    }

    /** A VLAN-filtering Linux bridge port's VLANs. */
    public static PortVlan linux(Integer pvid, List<Integer> untagged, List<Integer> tagged) {
        return new PortVlan(null, null, null, pvid, untagged, tagged);
    }
}
