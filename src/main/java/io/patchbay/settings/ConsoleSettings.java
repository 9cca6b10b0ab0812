package io.patchbay.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the console remembers between runs (console.json of the console home): the hosts, the
 * window's bounds, the split positions by split id, the theme, the language, the refresh interval
 * and the collapsed bridges (graph node ids).
 *
 * @param window the window's bounds, or null for the default size in the middle of the screen
 * @param language a language tag ({@code en}, {@code ja}), or null for the system's language
 * @param refreshSeconds seconds between refreshes of remote hosts, 0 to {@link #MAX_REFRESH_SECONDS} (0: never)
 */
public record ConsoleSettings(List<RememberedHost> hosts, WindowGeometry window, Map<String, List<Double>> splits,
                              Theme theme, String language, int refreshSeconds, Set<String> collapsedBridges) {
    /** The refresh interval of a console that remembers nothing. */
    public static final int DEFAULT_REFRESH_SECONDS = 30;
    /** The longest refresh interval the console offers. */
    public static final int MAX_REFRESH_SECONDS = 3600;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public ConsoleSettings {
        hosts = List.copyOf(hosts);
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        splits.forEach((id, positions) -> {
            for (Double p : positions) {
                if (p == null || !(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("split " + id + ": a divider position is a fraction, not " + p);
                }
            }
            copy.put(id, List.copyOf(positions));
        });
        splits = Map.copyOf(copy);
        Objects.requireNonNull(theme, "theme");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("not a language tag: " + language);
        }
        if (refreshSeconds < 0 || refreshSeconds > MAX_REFRESH_SECONDS) {
            throw new IllegalArgumentException("refresh interval out of 0.." + MAX_REFRESH_SECONDS + ": " + refreshSeconds);
        }
        collapsedBridges = Set.copyOf(collapsedBridges);
    }

    /** A console that remembers nothing. */
    public static ConsoleSettings defaults() {
        return new ConsoleSettings(List.of(), null, Map.of(), Theme.LIGHT, null, DEFAULT_REFRESH_SECONDS, Set.of());
    }

    public ConsoleSettings withHosts(List<RememberedHost> h) {
        return new ConsoleSettings(h, window, splits, theme, language, refreshSeconds, collapsedBridges);
    }

    public ConsoleSettings withWindow(WindowGeometry w) {
        return new ConsoleSettings(hosts, w, splits, theme, language, refreshSeconds, collapsedBridges);
    }

    public ConsoleSettings withSplits(Map<String, List<Double>> s) {
        return new ConsoleSettings(hosts, window, s, theme, language, refreshSeconds, collapsedBridges);
    }

    public ConsoleSettings withTheme(Theme t) {
        return new ConsoleSettings(hosts, window, splits, t, language, refreshSeconds, collapsedBridges);
    }

    public ConsoleSettings withLanguage(String l) {
        return new ConsoleSettings(hosts, window, splits, theme, l, refreshSeconds, collapsedBridges);
    }

    public ConsoleSettings withRefreshSeconds(int s) {
        return new ConsoleSettings(hosts, window, splits, theme, language, s, collapsedBridges);
    }

    public ConsoleSettings withCollapsedBridges(Set<String> c) {
        return new ConsoleSettings(hosts, window, splits, theme, language, refreshSeconds, c);
    }
}
