package io.patchbay.discovery.capture;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.ParseException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads saved outputs ({@code --capture FILE|DIR...}) into observations, one per output.
 * A file is recognised by its content ({@link CaptureDetector}); a folder with
 * {@code sos_commands/} is read as a sosreport ({@link SosreportReader}); any other folder
 * gives each regular file inside, by content. A file given here that cannot be read or parsed is
 * an error naming it (exit code 2); origins read "capture &lt;path&gt;".
 */
public final class CaptureReader {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureReader.class);
    /** Linux interface names: at most 15 characters, no '/', no white space. */
    private static final Pattern IFNAME = Pattern.compile("[^/\\s]{1,15}");

    private final ParserFactory parsers;

    /** A reader with the standard parsers. */
    public CaptureReader() {
        this(CaptureParsers::standard);
    }

    public CaptureReader(ParserFactory parsers) {
        this.parsers = parsers;
    }

    /**
     * @param paths files and folders, in the order given; each gives its observations in order
     * @throws PatchbayException BAD_INPUT naming the file at fault
     */
    public List<Observation> read(List<Path> paths) throws PatchbayException {
        List<Observation> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                if (SosreportReader.isSosreport(p)) {
                    out.addAll(new SosreportReader(parsers).read(p));
                } else {
                    readFolder(p, out);
                }
            } else {
                out.add(readFile(p));
            }
        }
        return out;
    }

    private void readFolder(Path dir, List<Observation> out) throws PatchbayException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.cannotList", dir, e.getMessage()), e);
        }
        if (files.isEmpty()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.noFiles", dir));
        }
        files.sort(null);
        for (Path f : files) {
            out.add(readFile(f));
        }
    }

    private Observation readFile(Path file) throws PatchbayException {
        String shown = file.toString();
        String text = CaptureFiles.readText(file, shown);
        CaptureKind kind = CaptureDetector.detect(text, shown);
        String bondName = null;
        if (kind == CaptureKind.BONDING) {
            // a /proc/net/bonding file does not name its bond: the file name does
            bondName = CaptureFiles.baseName(file);
        }
        String origin = "capture " + shown;
        LOG.debug("{}: read as {}", origin, kind);
        Observation obs;
        try {
            obs = parsers.parserFor(kind, bondName).parse(text, origin);
        } catch (ParseException e) {
            throw new PatchbayException(Reason.BAD_INPUT, e.sentence(), e);
        }
        if (bondName != null && !IFNAME.matcher(bondName).matches() && obs.has(bondName)) {
            // the merge matches it to its bond by members and mode, or leaves it out
            obs.device(bondName).nameFromFileName = true;
        }
        return obs;
    }
}
