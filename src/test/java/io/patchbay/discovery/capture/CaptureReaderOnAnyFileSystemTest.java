package io.patchbay.discovery.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.TopologyMerger;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.TestCaptures;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CaptureReader takes any java.nio Path, not only the default file system's: the lab sosreport
 * copied into an in-memory file system (Jimfs) reads as the same host as on disk, and a link
 * leaving the report is refused there as well. (The sosreport fuzz target relies on this.)
 */
class CaptureReaderOnAnyFileSystemTest {
    private final FileSystem memory = Jimfs.newFileSystem(Configuration.unix());

    @AfterEach
    void close() throws IOException {
        memory.close();
    }

    @Test
    void aSosreportInMemoryReadsAsTheSameHostAsOnDisk() throws IOException, PatchbayException {
        Path disk = TestCaptures.path("sosreport-lab");
        Path copy = copyTree(disk, memory.getPath("/reports/sosreport-lab"));

        HostTopology fromDisk = merge(new CaptureReader().read(List.of(disk)));
        HostTopology fromMemory = merge(new CaptureReader().read(List.of(copy)));

        assertThat(fromMemory.devices()).isNotEmpty().isEqualTo(fromDisk.devices());
        assertThat(fromMemory.vms()).isNotEmpty().isEqualTo(fromDisk.vms());
        assertThat(fromMemory.links()).isEqualTo(fromDisk.links());
        assertThat(fromMemory.warnings()).isEqualTo(fromDisk.warnings());
    }

    @Test
    void aLinkOutOfTheReportIsSkippedInMemoryToo() throws IOException, PatchbayException {
        Path report = copyTree(TestCaptures.path("sosreport-lab"), memory.getPath("/reports/sosreport-lab"));
        Files.writeString(memory.getPath("/reports/secret"), "not a capture\n");
        Path brctl = report.resolve("sos_commands/networking/brctl_show");
        Files.delete(brctl);
        Files.createSymbolicLink(brctl, memory.getPath("../../../secret"));

        List<Observation> obs = new CaptureReader().read(List.of(report));

        assertThat(obs).anySatisfy(o -> assertThat(o.warnings()).containsExactly(
                "capture sosreport-lab/sos_commands/networking/brctl_show: links outside the sosreport; skipped"));
    }

    private static HostTopology merge(List<Observation> obs) {
        return TopologyMerger.merge("host", List.of("capture"), obs);
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                // relative paths of one file system cannot be resolved against another's: by name
                Path target = to;
                for (Path part : from.relativize(p)) {
                    target = target.resolve(part.toString());
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.write(target, Files.readAllBytes(p));
                }
            }
        }
        return to;
    }
}
