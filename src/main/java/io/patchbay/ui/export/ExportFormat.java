package io.patchbay.ui.export;

import io.patchbay.export.TopologyDot;
import io.patchbay.export.TopologyJson;
import io.patchbay.export.TopologyPng;
import io.patchbay.export.TopologySvg;
import io.patchbay.layout.Layout;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.HostTopology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The export formats and how each is written. Plain Java. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), DOT("dot"), JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for, or null. */
    public static ExportFormat forFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    public void write(Path file, TopologyGraph graph, Layout layout, List<HostTopology> hosts) throws IOException {
        byte[] content = switch (this) {
            case PNG -> TopologyPng.write(graph, layout, TopologyPng.scaleFor(layout, 1.0));
            case SVG -> TopologySvg.write(graph, layout).getBytes(StandardCharsets.UTF_8);
            case DOT -> TopologyDot.write(hosts).getBytes(StandardCharsets.UTF_8);
            case JSON -> TopologyJson.write(hosts).getBytes(StandardCharsets.UTF_8);
        };
        Files.write(file, content);
    }
}
