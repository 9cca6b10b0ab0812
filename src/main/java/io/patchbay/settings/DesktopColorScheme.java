package io.patchbay.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark, for the theme of a first start. JavaFX 21 has no API for it
 * (Platform.Preferences came with JavaFX 22), so this reads what GTK reads: the {@code GTK_THEME}
 * variable ({@code Adwaita:dark}), else GNOME's {@code color-scheme} setting ({@code prefer-dark},
 * also set by KDE's GTK integration), else the name of the GTK theme ({@code Adwaita-dark}).
 * {@code gsettings} runs as a child process (no shell), bounded by {@link #TIMEOUT}, on a thread of
 * its own: never on the JavaFX thread.
 */
public final class DesktopColorScheme {
    /** How long gsettings may take before the desktop counts as having no preference. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String SCHEMA = "org.gnome.desktop.interface";

    private DesktopColorScheme() {
    }

    /** The desktop's preference, read on a daemon thread; empty when it has none or it cannot be read. */
    public static CompletableFuture<Optional<Theme>> readInBackground() {
        return CompletableFuture.supplyAsync(() -> read(System.getenv(), DesktopColorScheme::gsettings), r -> {
            Thread t = new Thread(r, "desktop-color-scheme");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * The preference from {@code env} and the {@code org.gnome.desktop.interface} keys that
     * {@code setting} returns (as gsettings prints them, e.g. {@code 'prefer-dark'}; empty when unreadable).
     */
    static Optional<Theme> read(Map<String, String> env, Function<String, Optional<String>> setting) {
        Optional<Theme> variable = ofThemeName(env.get("GTK_THEME"));
        if (variable.isPresent()) {
            return variable;
        }
        Optional<Theme> scheme = setting.apply("color-scheme").flatMap(DesktopColorScheme::ofColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return setting.apply("gtk-theme").flatMap(DesktopColorScheme::ofThemeName);
    }

    /** {@code 'prefer-dark'} and {@code 'prefer-light'}; {@code 'default'} says nothing. */
    static Optional<Theme> ofColorScheme(String value) {
        return switch (unquote(value)) {
            case "prefer-dark" -> Optional.of(Theme.DARK);
            case "prefer-light" -> Optional.of(Theme.LIGHT);
            default -> Optional.empty();
        };
    }

    /** A GTK theme name or GTK_THEME value: dark when it names a dark variant, else light; empty when blank. */
    static Optional<Theme> ofThemeName(String value) {
        if (value == null || unquote(value).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(unquote(value).toLowerCase(Locale.ROOT).contains("dark") ? Theme.DARK : Theme.LIGHT);
    }

    private static String unquote(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() >= 2 && t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1) : t;
    }

    /** One key of the GNOME interface schema, as gsettings prints it; empty when there is no gsettings or it fails. */
    private static Optional<String> gsettings(String key) {
        Process p;
        try {
            p = new ProcessBuilder(List.of("gsettings", "get", SCHEMA, key))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty(); // no gsettings: not a GNOME-like desktop
        }
        try (InputStream out = p.getInputStream()) {
            if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(out.readNBytes(4096), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            p.destroyForcibly();
        }
    }
}
