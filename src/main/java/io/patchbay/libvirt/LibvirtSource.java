package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.TopologyMerger;
import io.patchbay.model.HostTopology;
import io.patchbay.model.NetworkInfo;
import java.util.List;
import java.util.Map;
import org.libvirt.Connect;

/**
 * A host read through libvirt: its VMs and vNICs (live and config, with drift and predicted
 * guest names). When a device source for the same host is given (SSH or local), its devices
 * come first and the VMs are merged into it, taps linked to vNICs by target dev, else by the
 * fe: MAC rule: one host, devices from SSH, VMs and networks (as nodes) from libvirt. Drift between a vNIC's live and
 * config definitions is added to the host's warnings ("libvirt drift: web1 52:54:..: source live
 * br1, config still br0"); {@link #lastState()} has it as {@link VnicDrift} records.
 */
public final class LibvirtSource implements HostSource {
    private final String name;
    private final LibvirtUri uri;
    private final LibvirtOptions options;
    private final boolean ownsConnection;
    private final HostSource devices;
    private LibvirtConnection connection;
    private volatile LibvirtState lastState;
    private final LiveFactsCollector live = new LiveFactsCollector();

    /**
     * @param name       display name, or null: the device source's host name, else libvirt's
     * @param connection an open connection; closed by {@link #close()} only when {@code owns}
     * @param devices    where this host's devices come from, or null for VMs only
     */
    public LibvirtSource(String name, LibvirtConnection connection, boolean owns, HostSource devices) {
        this.name = name;
        this.uri = connection.uri();
        this.options = null;
        this.connection = connection;
        this.ownsConnection = owns;
        this.devices = devices;
    }

    private LibvirtSource(String name, LibvirtUri uri, LibvirtOptions options, HostSource devices) {
        this.name = name;
        this.uri = uri;
        this.options = options;
        this.ownsConnection = true;
        this.devices = devices;
    }

    /**
     * A source for {@code uri} (checked now: bad input fails here) that connects at its first
     * {@link #refresh()}, so that connecting is bounded like any other read.
     */
    public static LibvirtSource lazy(String name, String uri, LibvirtOptions options, HostSource devices)
            throws PatchbayException {
        return new LibvirtSource(name, LibvirtUri.parse(uri), options, devices);
    }

    /** The connection, opened now if it was not yet. */
    public synchronized LibvirtConnection connection() throws PatchbayException {
        if (connection == null) {
            connection = LibvirtConnection.open(uri.given(), options);
        }
        return connection;
    }

    /** The URI of this host's daemon. */
    public LibvirtUri uri() {
        return uri;
    }

    /** Where this host's devices come from (SSH or this computer), or null for VMs only. */
    public HostSource devices() {
        return devices;
    }

    /** What the last {@link #refresh()} read from libvirt (drift, networks), or null before it. */
    public LibvirtState lastState() {
        return lastState;
    }

    @Override
    public String describe() {
        return "libvirt " + uri.display() + (devices == null ? "" : " + " + devices.describe());
    }

    @Override
    public HostTopology refresh() throws PatchbayException {
        LibvirtConnection connection = connection();
        LibvirtState state = new LibvirtReader(connection).read();
        lastState = state;
        HostTopology host;
        if (devices != null) {
            host = devices.refresh();
            if (name != null && !name.equals(host.name())) {
                host = host.withName(name);
            }
        } else {
            String hostName = name != null ? name : connection.call("reading the host name", Connect::getHostName);
            host = new HostTopology(hostName, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        // drift is worth a warning: a live change the config does not keep is lost at the next boot
        List<String> notes = new java.util.ArrayList<>(state.warnings());
        state.drift().forEach(d -> notes.add("libvirt drift: " + d.describe()));
        List<NetworkInfo> networks = new java.util.ArrayList<>();
        Map<String, String> origins = new java.util.HashMap<>();
        for (LibvirtNetwork n : state.networks()) {
            if (n.info() != null) {
                networks.add(n.info());
                origins.put(n.name(), "libvirt " + uri.display() + " network " + n.name());
            }
        }
        LiveFacts facts = live.read(connection, state, notes);
        return TopologyMerger.withVms(host, "libvirt", facts.apply(state.vms(), state.drift()),
                networks, origins, notes);
    }

    @Override
    public void close() {
        try {
            if (devices != null) {
                devices.close();
            }
        } finally {
            synchronized (this) {
                if (ownsConnection && connection != null) {
                    connection.close();
                }
            }
        }
    }
}
