package io.patchbay.ops;

import io.patchbay.core.Sentence;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Something a plan's reader should know (what is left alone, what the guest sees): a kind and its arguments.
 * The words are {@code note.KIND} in the core bundle (the command line's) and {@code core.note.KIND} in the
 * console's bundles.
 */
public record Note(Kind kind, List<Object> args) {
    /** The notes the planner writes. */
    public enum Kind {
        ONLY_PERSISTENT_EXISTS, ONLY_LIVE_EXISTS, SHUT_OFF, NO_LIVE_DEVICE_CALLS, REDEFINED, OVS_VIRTUALPORT,
        MAC_RESERVED, ALREADY_ON_BRIDGE, LINK_ALREADY, REMOVAL_WAIT, BRIDGES_UNREADABLE, REPLUG, REPLUG_WAIT,
        VLAN_DROPPED, VLAN_CONFIG_ONLY, VLAN_ALREADY, DRY_RUN_POOL
    }

    public Note {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Note of(Kind kind, Object... args) {
        return new Note(kind, Arrays.asList(args));
    }

    public Sentence sentence() {
        return new Sentence("note." + kind.name(), args);
    }

    /** The command line's English. */
    public String english() {
        return sentence().english();
    }
}
