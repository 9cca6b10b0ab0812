package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.HostTopology;

/** Something that reads one host's topology: this machine, an SSH host, saved captures. */
public interface HostSource extends AutoCloseable {
    /** What this source reads, for messages ("ssh pbtest@10.77.1.2:22", "local", "capture seed/"). */
    String describe();

    /** Reads the host now. Blocking; never call it on the UI thread. */
    HostTopology refresh() throws PatchbayException;

    @Override
    default void close() {
    }
}
