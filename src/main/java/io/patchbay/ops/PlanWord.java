package io.patchbay.ops;

import io.patchbay.core.Sentence;

/**
 * Words that refusals and notes put inside their sentences ({@code word.NAME} in the core bundle,
 * {@code core.word.NAME} in the console's), so each side says them in its own language.
 */
public enum PlanWord {
    LIVE_AND_CONFIG, LIVE_ONLY, CONFIG_ONLY, LIVE, PERSISTENT, NONE, LINUX_BRIDGE, SOURCE_TYPE, USED_BY, LIVE_XML,
    PERSISTENT_XML, VLAN_NOT_LIVE;

    public Sentence sentence(Object... args) {
        return Sentence.of("word." + name(), args);
    }

    /** "live and config", "live only" or "config only". */
    static Sentence scope(boolean live, boolean config) {
        return (live && config ? LIVE_AND_CONFIG : live ? LIVE_ONLY : CONFIG_ONLY).sentence();
    }

    /** "live" or "persistent". */
    static Sentence side(boolean live) {
        return (live ? LIVE : PERSISTENT).sentence();
    }
}
