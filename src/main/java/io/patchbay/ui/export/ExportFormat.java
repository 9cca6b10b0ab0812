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
        switch (this) {
            case PNG:
                Files.write(file, TopologyPng.write(graph, layout, TopologyPng.scaleFor(layout, 1.0)));
                break;
            case SVG:
                Files.writeString(file, TopologySvg.write(graph, layout), StandardCharsets.UTF_8);
                break;
            case DOT:
                Files.writeString(file, TopologyDot.write(hosts), StandardCharsets.UTF_8);
                break;
            default:
                Files.writeString(file, TopologyJson.write(hosts), StandardCharsets.UTF_8);
        }
    }
}
