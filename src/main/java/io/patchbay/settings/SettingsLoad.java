package io.patchbay.settings;

import java.nio.file.Path;

/**
 * What reading console.json found: the settings to start with and what happened to the file.
 *
 * @param movedTo where an unusable file was moved ({@link Outcome#MOVED_ASIDE}), else null
 * @param version the file's version when it is newer ({@link Outcome#NEWER_VERSION}), else 0
 * @param problem a sentence for the log when the file could not be used, else null
 */
public record SettingsLoad(ConsoleSettings settings, Outcome outcome, Path movedTo, int version, String problem) {
    /** What happened to console.json at start. */
    public enum Outcome {
        /** There was none: a first start. Changes are saved. */
        NONE(true),
        /** Read. Changes are saved. */
        READ(true),
        /** Corrupt or unreadable: moved aside, the console starts clean. Changes are saved to a new file. */
        MOVED_ASIDE(true),
        /** Written by a newer console: left as it is, the console starts clean and saves nothing. */
        NEWER_VERSION(false),
        /** Unusable and it could not be moved aside either: left as it is, the console starts clean and saves nothing. */
        STUCK(false);

        private final boolean saves;

        Outcome(boolean saves) {
            this.saves = saves;
        }

        /** Whether this session writes console.json. */
        public boolean saves() {
            return saves;
        }
    }

    static SettingsLoad of(ConsoleSettings s, Outcome o) {
        return new SettingsLoad(s, o, null, 0, null);
    }
}
