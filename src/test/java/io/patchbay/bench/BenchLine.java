package io.patchbay.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One figure line of a benchmark: {@code BENCH <id> key=value key="a value with spaces" ...}.
 * Every benchmark main prints such lines (beside its human-readable output); bench/run-all
 * collects them and {@link BenchTable} turns them into docs/PERFORMANCE.md's table.
 *
 * @param id     what was measured, e.g. {@code ssh.script}
 * @param values the figures and facts, in the order printed
 */
public record BenchLine(String id, Map<String, String> values) {
    /** The marker a figure line starts with. */
    public static final String PREFIX = "BENCH ";

    public BenchLine {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The line of {@code id} and alternating keys and values; numbers are printed with Locale.ROOT. */
    public static String format(String id, Object... keysAndValues) {
        StringBuilder b = new StringBuilder(PREFIX).append(id);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            String text = v instanceof Double || v instanceof Float
                    ? String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue()) : String.valueOf(v);
            b.append(' ').append(keysAndValues[i]).append('=');
            b.append(text.isEmpty() || text.matches(".*[\\s\"].*") ? '"' + text.replace("\"", "'") + '"' : text);
        }
        return b.toString();
    }

    /** Prints {@link #format} to stdout. */
    public static void print(String id, Object... keysAndValues) {
        System.out.println(format(id, keysAndValues));
    }

    /** The figure line {@code line} (leading blanks allowed), or empty when it is not one. */
    public static Optional<BenchLine> parse(String line) {
        String stripped = line.stripLeading();
        if (!stripped.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = stripped.substring(PREFIX.length()).strip();
        int space = rest.indexOf(' ');
        String id = space < 0 ? rest : rest.substring(0, space);
        if (id.isEmpty() || id.contains("=")) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        int i = space < 0 ? rest.length() : space;
        while (i < rest.length()) {
            while (i < rest.length() && rest.charAt(i) == ' ') {
                i++;
            }
            int eq = rest.indexOf('=', i);
            if (i >= rest.length() || eq < 0) {
                break;
            }
            String key = rest.substring(i, eq);
            int end;
            String value;
            if (eq + 1 < rest.length() && rest.charAt(eq + 1) == '"') {
                end = rest.indexOf('"', eq + 2);
                end = end < 0 ? rest.length() : end;
                value = rest.substring(eq + 2, end);
                end++;
            } else {
                end = rest.indexOf(' ', eq);
                end = end < 0 ? rest.length() : end;
                value = rest.substring(eq + 1, end);
            }
            values.put(key, value);
            i = end;
        }
        return Optional.of(new BenchLine(id, values));
    }

    /** The value of {@code key} as a number, or empty when absent or not a number. */
    public Optional<Double> number(String key) {
        String v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
