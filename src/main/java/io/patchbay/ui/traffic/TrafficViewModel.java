package io.patchbay.ui.traffic;

import io.patchbay.model.HostTopology;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The console's view of its vNICs' traffic: every new snapshot of a host is a reading of its
 * counters, timed by the clock when it arrives; {@link #revisionProperty()} counts the changes,
 * for the graph's marks and the inspector's sparklines to follow.
 */
public final class TrafficViewModel {
    private final TrafficHistory history = new TrafficHistory();
    private final Clock clock;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    public TrafficViewModel(Clock clock) {
        this.clock = clock;
    }

    /** The hosts' current snapshots (those not read before are new readings, as of now). */
    public void observe(List<HostTopology> hosts) {
        observe(hosts, clock.instant());
    }

    /** The hosts' current snapshots, the new ones read at {@code at}. */
    public void observe(List<HostTopology> hosts, Instant at) {
        if (history.observe(hosts, at)) {
            revision.set(revision.get() + 1);
        }
    }

    /** Goes up by one at each change of any vNIC's traffic. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Optional<VnicTraffic> of(TrafficKey key) {
        return history.of(key);
    }

    public List<VnicTraffic> all() {
        return history.all();
    }
}
