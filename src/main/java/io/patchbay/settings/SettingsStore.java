package io.patchbay.settings;

import io.patchbay.files.AtomicFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * console.json of a console home. {@link #load} never fails: a corrupt or unreadable file is moved
 * aside to {@code console.json.broken-<UTC time>} and the console starts clean; a file of a newer
 * version is left untouched and this session saves nothing ({@link SettingsLoad.Outcome}).
 * {@link #save} replaces the file atomically ({@link AtomicFile}). One console per home is the
 * expectation: two at once each write their own view, the last one to save wins.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    /** The file's name in the console home. */
    public static final String FILE = "console.json";
    /** What an unusable file is renamed to, followed by the time it was found. */
    public static final String BROKEN_INFIX = ".broken-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_SAME_SECOND = 100;

    private final Path home;
    private final Path file;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();
    private volatile boolean saves = true;

    public SettingsStore(Path home) {
        this(home, Clock.systemUTC());
    }

    public SettingsStore(Path home, Clock clock) {
        this.home = home.toAbsolutePath().normalize();
        this.file = this.home.resolve(FILE);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Whether {@link #save} writes: false after a load that left a file it must not overwrite. */
    public boolean saves() {
        return saves;
    }

    /** Reads console.json; what it could not use is moved aside or left alone, never thrown. */
    public SettingsLoad load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return loaded(SettingsLoad.of(ConsoleSettings.defaults(), SettingsLoad.Outcome.NONE));
        } catch (IOException e) {
            return moveAside(file + " cannot be read (" + e + ")");
        }
        try {
            return loaded(SettingsLoad.of(SettingsJson.read(bytes, file.toString()), SettingsLoad.Outcome.READ));
        } catch (SettingsException e) {
            return switch (e.reason()) {
                case CORRUPT -> moveAside(e.getMessage());
                case NEWER_VERSION -> {
                    LOG.warn("{}: left as it is; this session starts clean and saves no settings", e.getMessage());
                    yield loaded(new SettingsLoad(ConsoleSettings.defaults(), SettingsLoad.Outcome.NEWER_VERSION, null,
                            e.version(), e.getMessage()));
                }
            };
        }
    }

    private SettingsLoad loaded(SettingsLoad l) {
        saves = l.outcome().saves();
        return l;
    }

    private SettingsLoad moveAside(String problem) {
        String stamp = STAMP.format(clock.instant());
        for (int n = 0; n < MAX_SAME_SECOND; n++) {
            Path aside = home.resolve(FILE + BROKEN_INFIX + stamp + (n == 0 ? "" : "-" + n));
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                continue; // an earlier broken copy of the same second is never overwritten
            }
            try {
                // a rename in the same folder; without REPLACE_EXISTING it fails rather than replace
                Files.move(file, aside);
                LOG.warn("{}; moved aside to {}, the console starts clean", problem, aside);
                return loaded(new SettingsLoad(ConsoleSettings.defaults(), SettingsLoad.Outcome.MOVED_ASIDE, aside, 0,
                        problem));
            } catch (FileAlreadyExistsException taken) {
                // a copy of the same second: try the next name
            } catch (IOException e) {
                LOG.warn("{}; it cannot be moved aside either ({}): left as it is, no settings are saved", problem,
                        e.toString());
                return loaded(new SettingsLoad(ConsoleSettings.defaults(), SettingsLoad.Outcome.STUCK, null, 0,
                        problem + "; it cannot be moved aside: " + e));
            }
        }
        return loaded(new SettingsLoad(ConsoleSettings.defaults(), SettingsLoad.Outcome.STUCK, null, 0,
                problem + "; every broken-copy name of this second is taken"));
    }

    /**
     * Replaces console.json with {@code s} (temporary file, fsync, atomic rename); returns false
     * without writing when the load left a file this session must not overwrite.
     */
    public boolean save(ConsoleSettings s) throws IOException {
        if (!saves) {
            return false;
        }
        Files.createDirectories(home);
        AtomicFile.replace(file, SettingsJson.write(s), random);
        return true;
    }
}
