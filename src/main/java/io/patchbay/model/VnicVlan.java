package io.patchbay.model;

import java.util.List;

/**
 * A vNIC's {@code <vlan>}: its tags, whether it is a trunk ({@code trunk='yes'}, or more than one
 * tag), and the tag carried untagged ({@code nativeMode}), null when none is.
 */
public record VnicVlan(List<Integer> tags, boolean trunk, Integer nativeTag, String nativeMode) {
    public VnicVlan {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
