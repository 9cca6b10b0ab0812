package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The VLANs a vNIC's port should carry, as libvirt's {@code <vlan>} says them: one access tag,
 * a trunk of tags (with the one carried untagged, {@code nativeTag}, or null), or none at all.
 * Every tag is a VLAN id from 1 to 4094; the constructors refuse anything else.
 */
public record VlanRequest(List<Integer> tags, boolean trunk, Integer nativeTag) {
    /** The lowest and highest VLAN id (0 and 4095 are reserved by 802.1Q). */
    public static final int MIN_ID = 1;
    public static final int MAX_ID = 4094;

    /** No {@code <vlan>}: the port carries untagged traffic only. */
    public static final VlanRequest NONE = new VlanRequest(List.of(), false, null);

    public VlanRequest {
        tags = List.copyOf(tags);
    }

    /** An access port carrying VLAN {@code id}. */
    public static VlanRequest access(int id) throws PatchbayException {
        return new VlanRequest(List.of(check(id, "vlan.field.tag")), false, null);
    }

    /** A trunk of {@code ids}; {@code nativeId} (or null) is carried untagged and joins the list when missing. */
    public static VlanRequest trunk(List<Integer> ids, Integer nativeId) throws PatchbayException {
        if (ids == null || ids.isEmpty()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("vlan.trunkEmpty"));
        }
        List<Integer> out = new ArrayList<>();
        for (Integer id : ids) {
            if (id == null) {
                throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("vlan.trunkNotNumbers"));
            }
            if (!out.contains(check(id, "vlan.field.trunk"))) {
                out.add(id);
            }
        }
        if (nativeId != null && !out.contains(check(nativeId, "vlan.field.native"))) {
            out.add(nativeId);
        }
        return new VlanRequest(out, true, nativeId);
    }

    /** @param field the key of the field's name ("--tag" on the command line) */
    private static int check(int id, String field) throws PatchbayException {
        if (id < MIN_ID || id > MAX_ID) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("vlan.badId", Sentence.of(field), id, MIN_ID,
                    MAX_ID));
        }
        return id;
    }

    public boolean none() {
        return tags.isEmpty();
    }

    /** "none", "tag 100", "trunk 200,201 (native 200)". */
    public String describe() {
        if (none()) {
            return "no VLAN";
        }
        if (!trunk) {
            return "VLAN tag " + tags.get(0);
        }
        StringBuilder b = new StringBuilder("VLAN trunk ");
        for (int i = 0; i < tags.size(); i++) {
            b.append(i == 0 ? "" : ",").append(tags.get(i));
        }
        return nativeTag == null ? b.toString() : b.append(" (native ").append(nativeTag).append(')').toString();
    }
}
