package io.patchbay.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.files.JsonDocument;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * console.json: <pre>{"version":1,
 *  "hosts":[{"label","ssh","libvirt","identity"}],
 *  "window":{"x","y","width","height","maximized"},
 *  "splits":{"ID":[FRACTION,...]},
 *  "theme":"light"|"dark", "language":"en"|"ja"|..., "refreshSeconds":N,
 *  "collapsedBridges":["HOST/BRIDGE",...]}</pre>
 * Absent fields take their defaults; unknown fields are ignored (a later version 1 may add some).
 * A file of a higher version is {@link SettingsException.Reason#NEWER_VERSION}; anything else this
 * console would never write is {@link SettingsException.Reason#CORRUPT}.
 */
public final class SettingsJson {
    /** The format this console writes and reads. */
    public static final int VERSION = 1;

    private SettingsJson() {
    }

    public static byte[] write(ConsoleSettings s) {
        ObjectNode root = JsonDocument.newObject();
        root.put("version", VERSION);
        ArrayNode hosts = root.putArray("hosts");
        for (RememberedHost h : s.hosts()) {
            ObjectNode o = hosts.addObject();
            putIfPresent(o, "label", h.label());
            putIfPresent(o, "ssh", h.sshTarget());
            putIfPresent(o, "libvirt", h.libvirtUri());
            putIfPresent(o, "identity", h.identity() == null ? null : h.identity().toString());
        }
        WindowGeometry w = s.window();
        if (w != null) {
            ObjectNode o = root.putObject("window");
            o.put("x", w.x());
            o.put("y", w.y());
            o.put("width", w.width());
            o.put("height", w.height());
            o.put("maximized", w.maximized());
        }
        ObjectNode splits = root.putObject("splits");
        new TreeMap<>(s.splits()).forEach((id, positions) -> positions.forEach(splits.putArray(id)::add));
        root.put("theme", s.theme().wireName());
        putIfPresent(root, "language", s.language());
        root.put("refreshSeconds", s.refreshSeconds());
        ArrayNode collapsed = root.putArray("collapsedBridges");
        new TreeSet<>(s.collapsedBridges()).forEach(collapsed::add);
        return JsonDocument.bytes(root);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    /** Reads console.json; {@code where} names it in errors. */
    public static ConsoleSettings read(byte[] json, String where) throws SettingsException {
        JsonNode root;
        try {
            root = JsonDocument.parse(json);
        } catch (JsonDocument.NotAnObject e) {
            throw corrupt(where, e.getMessage());
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asLong() < 1) {
            throw corrupt(where, version.isMissingNode() ? "it has no version number"
                    : "its version is not a whole number from 1 (found " + version + ")");
        }
        if (version.asLong() > VERSION) {
            int v = version.canConvertToInt() ? version.asInt() : Integer.MAX_VALUE;
            throw new SettingsException(SettingsException.Reason.NEWER_VERSION, v, where + " is version " + version
                    + ", written by a newer console; this one reads version " + VERSION);
        }
        try {
            ConsoleSettings d = ConsoleSettings.defaults();
            String themeName = text(root, "theme", d.theme().wireName());
            Theme theme = Theme.ofWireName(themeName);
            if (theme == null) {
                throw new IllegalArgumentException("unknown theme " + themeName);
            }
            return new ConsoleSettings(hosts(root.path("hosts")), window(root.path("window")), splits(root.path("splits")),
                    theme, text(root, "language", null), integer(root, "refreshSeconds", d.refreshSeconds()),
                    strings(root.path("collapsedBridges")));
        } catch (IllegalArgumentException e) {
            throw corrupt(where, e.getMessage());
        }
    }

    private static List<RememberedHost> hosts(JsonNode list) {
        List<RememberedHost> out = new ArrayList<>();
        for (JsonNode h : array(list, "hosts")) {
            if (!h.isObject()) {
                throw new IllegalArgumentException("a host is not an object: " + h);
            }
            String identity = text(h, "identity", null);
            try {
                out.add(new RememberedHost(text(h, "label", null), text(h, "ssh", null), text(h, "libvirt", null),
                        identity == null ? null : Path.of(identity)));
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("not a file path: " + identity, e);
            }
        }
        return out;
    }

    private static WindowGeometry window(JsonNode w) {
        if (w.isMissingNode() || w.isNull()) {
            return null;
        }
        if (!w.isObject()) {
            throw new IllegalArgumentException("\"window\" is not an object");
        }
        JsonNode maximized = w.path("maximized");
        if (!maximized.isMissingNode() && !maximized.isBoolean()) {
            throw new IllegalArgumentException("\"maximized\" is not true or false");
        }
        return new WindowGeometry(number(w, "x"), number(w, "y"), number(w, "width"), number(w, "height"),
                maximized.asBoolean(false));
    }

    private static Map<String, List<Double>> splits(JsonNode s) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        if (s.isMissingNode()) {
            return out;
        }
        if (!s.isObject()) {
            throw new IllegalArgumentException("\"splits\" is not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Double> positions = new ArrayList<>();
            for (JsonNode p : array(e.getValue(), "splits." + e.getKey())) {
                if (!p.isNumber()) {
                    throw new IllegalArgumentException("a divider position of " + e.getKey() + " is not a number: " + p);
                }
                positions.add(p.asDouble());
            }
            out.put(e.getKey(), positions);
        }
        return out;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : array(list, "collapsedBridges")) {
            if (!n.isTextual()) {
                throw new IllegalArgumentException("a collapsed bridge is not a string: " + n);
            }
            out.add(n.asText());
        }
        return out;
    }

    private static Iterable<JsonNode> array(JsonNode n, String name) {
        if (n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" is not an array");
        }
        return n;
    }

    private static String text(JsonNode o, String field, String absent) {
        JsonNode n = o.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return absent;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a string: " + n);
        }
        return n.asText();
    }

    private static int integer(JsonNode o, String field, int absent) {
        JsonNode n = o.path(field);
        if (n.isMissingNode()) {
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a whole number: " + n);
        }
        return n.asInt();
    }

    private static double number(JsonNode o, String field) {
        JsonNode n = o.path(field);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("window \"" + field + "\" is not a number: " + n);
        }
        return n.asDouble();
    }

    private static SettingsException corrupt(String where, String why) {
        return new SettingsException(SettingsException.Reason.CORRUPT, 0, where + " cannot be used: " + why);
    }
}
