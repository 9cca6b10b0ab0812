package io.patchbay.discovery.capture;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.TopologyMerger;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.model.HostTopology;
import java.nio.file.Path;
import java.util.List;

/**
 * Saved outputs of one host (files recognised by content, or a sosreport directory). The host's
 * name: the one given, else the sosreport's hostname, else the first file's name.
 */
public final class CaptureSource implements HostSource {
    private final String displayName;
    private final List<Path> paths;

    public CaptureSource(String displayName, List<Path> paths) {
        this.displayName = displayName;
        this.paths = List.copyOf(paths);
    }

    @Override
    public String describe() {
        return "capture " + paths.get(0) + (paths.size() > 1 ? " (+" + (paths.size() - 1) + ")" : "");
    }

    @Override
    public HostTopology refresh() throws PatchbayException {
        List<Observation> observations = new CaptureReader().read(paths);
        String name = displayName;
        if (name == null) {
            name = observations.stream().map(Observation::hostname).filter(h -> h != null && !h.isBlank())
                    .findFirst().orElse(null);
        }
        if (name == null) {
            Path first = paths.get(0).toAbsolutePath().normalize();
            Path fileName = first.getFileName();
            name = fileName == null ? first.toString() : hostPart(fileName.toString());
        }
        return TopologyMerger.merge(name, List.of("capture"), observations);
    }

    /** "rhev-host-01.ip-addr-show.txt" names host "rhev-host-01": the part before the first dot. */
    static String hostPart(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
