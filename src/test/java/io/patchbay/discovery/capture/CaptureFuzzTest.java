package io.patchbay.discovery.capture;

import static io.patchbay.testsupport.FuzzProperty.holds;
import static io.patchbay.testsupport.FuzzProperty.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.patchbay.discovery.TopologyMerger;
import io.patchbay.discovery.parse.Observation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes capture reading: content detection plus the detected parser, and the sosreport layout
 * reader on a small folder built from the fuzz data (see {@link #sosreport}). Corpus:
 * CaptureFuzzTestInputs/ in src/test/resources; see docs/FUZZING.md.
 */
class CaptureFuzzTest {
    /** A line "== PATH" starts a file, "== PATH -> TARGET" makes a symbolic link. */
    private static final String FILE_MARK = "== ";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._+-]{1,40}");
    private static final int MAX_FILES = 32;

    @FuzzTest
    @Timeout(10)
    void captureText(byte[] data) {
        String text = text(data);
        holds(() -> {
            CaptureKind kind = CaptureDetector.detect(text, "fuzz");
            Observation obs = CaptureParsers.standard(kind, "bond0").parse(text, "capture fuzz");
            return TopologyMerger.merge("fuzz-host", List.of("capture"), List.of(obs));
        });
    }

    /**
     * The input is a folder listing: each "== sos_commands/networking/brctl_show" line starts a
     * file whose content is the lines up to the next mark. Paths are kept to plain segments; a
     * link may point anywhere inside the parent folder (so also outside the report). The folder
     * is built in an in-memory file system (Jimfs, Unix semantics with symbolic links), a fresh
     * one per input: the same reader code runs, without a disk write per execution.
     */
    @FuzzTest
    @Timeout(10)
    void sosreport(byte[] data) throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path parent = Files.createDirectory(fs.getPath("/fuzz"));
            Files.writeString(parent.resolve("outside.xml"), "<domain><name>outside</name></domain>\n");
            Path root = Files.createDirectory(parent.resolve("report"));
            build(root, parent, text(data));
            holds(() -> {
                List<Observation> obs = new CaptureReader().read(List.of(root));
                return TopologyMerger.merge("fuzz-host", List.of("capture"), obs);
            });
        }
    }

    private static void build(Path root, Path parent, String listing) throws IOException {
        Path current = null;
        StringBuilder content = new StringBuilder();
        int files = 0;
        for (String line : listing.split("\n", -1)) {
            if (line.startsWith(FILE_MARK)) {
                write(current, content);
                current = null;
                content.setLength(0);
                if (++files > MAX_FILES) {
                    return;
                }
                String spec = line.substring(FILE_MARK.length());
                int arrow = spec.indexOf(" -> ");
                Path p = safePath(root, arrow < 0 ? spec : spec.substring(0, arrow));
                if (p == null || Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!mkdirs(p.getParent())) {
                    continue;
                }
                if (arrow < 0) {
                    current = p;
                } else {
                    link(p, spec.substring(arrow + 4), parent);
                }
            } else if (current != null) {
                content.append(line).append('\n');
            }
        }
        write(current, content);
    }

    /** A path of plain segments under root, or null. */
    private static Path safePath(Path root, String rel) {
        String[] parts = rel.split("/", -1);
        if (parts.length > 8) {
            return null;
        }
        Path p = root;
        for (String part : parts) {
            if (!SEGMENT.matcher(part).matches() || part.equals(".") || part.equals("..")) {
                return null;
            }
            p = p.resolve(part);
        }
        return p;
    }

    private static boolean mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
            return true;
        } catch (IOException e) {
            return false; // a file of the listing already holds that name
        }
    }

    private static void link(Path link, String target, Path parent) throws IOException {
        if (target.isEmpty() || target.startsWith("/") || target.indexOf('\0') >= 0) {
            return;
        }
        Path t;
        try {
            t = parent.getFileSystem().getPath(target);
        } catch (java.nio.file.InvalidPathException e) {
            return;
        }
        if (!link.getParent().resolve(t).normalize().startsWith(parent)) {
            return;
        }
        Files.createSymbolicLink(link, t);
    }

    private static void write(Path file, StringBuilder content) throws IOException {
        if (file != null) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
    }
}
