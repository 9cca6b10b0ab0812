package io.patchbay.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only ../shared folder (seed and corpus) beside the project. */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        String prop = System.getProperty("patchbay.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared folder not found at " + p.toAbsolutePath());
        }
        return p;
    }

    public static Path seed(String file) {
        return root().resolve("seed").resolve(file);
    }

    public static Path corpus(String folder, String file) {
        return root().resolve("corpus").resolve("insights-core").resolve(folder).resolve(file);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
