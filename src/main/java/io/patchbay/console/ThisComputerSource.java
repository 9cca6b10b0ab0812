package io.patchbay.console;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.libvirt.LibvirtAvailability;
import io.patchbay.libvirt.LibvirtOptions;
import io.patchbay.libvirt.LibvirtSource;
import io.patchbay.model.HostTopology;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This computer: its devices read locally and, when a local libvirt daemon answers, its VMs and
 * vNICs like any libvirt host. The daemons are probed at the first read (a read never runs on the
 * UI thread): the first URI that answers is kept for this connection. When none answers, the
 * devices alone are read and {@link #problem()} says why there are no VMs; a daemon that stops
 * later gives the same (the connection keeps trying to come back).
 */
public final class ThisComputerSource implements HostSource {
    /** Where virt-manager looks: the system daemon, else the user's session daemon. */
    public static final List<String> DEFAULT_URIS = List.of("qemu:///system", "qemu:///session");

    private static final Logger LOG = LoggerFactory.getLogger(ThisComputerSource.class);

    private final String name;
    private final HostSource devices;
    private final List<String> uris;
    private final LibvirtOptions options;
    private final Object lock = new Object();
    private boolean probed;
    private volatile LibvirtSource libvirt;
    private volatile LocalLibvirtProblem problem;

    /**
     * @param name    the display name, or null for the host name
     * @param devices this computer's device source (closed with this source)
     * @param uris    local libvirt URIs, tried in order
     */
    public ThisComputerSource(String name, HostSource devices, List<String> uris, LibvirtOptions options) {
        this.name = name;
        this.devices = devices;
        this.uris = List.copyOf(uris);
        this.options = options;
    }

    @Override
    public String describe() {
        LibvirtSource l = libvirt;
        return l != null ? l.describe() : devices.describe() + " + libvirt "
                + String.join(" or ", uris.stream().map(u -> u.indexOf('?') < 0 ? u : u.substring(0, u.indexOf('?'))).toList());
    }

    @Override
    public HostTopology refresh() throws PatchbayException {
        LibvirtSource l = probe();
        if (l == null) {
            return devices.refresh();
        }
        try {
            HostTopology t = l.refresh();
            problem = null;
            return t;
        } catch (PatchbayException e) {
            if (l.connection().isConnected()) {
                throw e; // the daemon answers: a real failure of this read
            }
            LOG.info("this computer: libvirt at {} went away, showing the devices alone: {}", l.describe(), e.getMessage());
            problem = LocalLibvirtProblem.NOT_RUNNING;
            return devices.refresh();
        }
    }

    /** The libvirt source of the daemon that answered, once probed. */
    public Optional<LibvirtSource> libvirt() {
        return Optional.ofNullable(libvirt);
    }

    /** The URI of the daemon that answered, once probed. */
    public Optional<String> libvirtUri() {
        return libvirt().map(l -> l.uri().given());
    }

    /** Why the latest read has no VMs, or null when a daemon answered (or before the first read). */
    public LocalLibvirtProblem problem() {
        return problem;
    }

    /** What reads this computer's own devices. */
    public HostSource devices() {
        return devices;
    }

    private LibvirtSource probe() {
        synchronized (lock) {
            if (probed) {
                return libvirt;
            }
            probed = true;
            if (LibvirtAvailability.problem() != null) {
                problem = LocalLibvirtProblem.NOT_INSTALLED;
                return null;
            }
            for (String uri : uris) {
                try {
                    LibvirtSource s = LibvirtSource.lazy(name, uri, options, devices);
                    s.connection();
                    libvirt = s;
                    problem = null;
                    return s;
                } catch (PatchbayException e) {
                    // not closed: closing would close the shared device source; it holds no connection
                    LOG.info("this computer: no libvirt daemon at {}: {}", uri, e.getMessage());
                }
            }
            problem = LocalLibvirtProblem.NOT_RUNNING;
            return null;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            LibvirtSource l = libvirt;
            if (l != null) {
                l.close(); // closes the device source too
            } else {
                devices.close();
            }
        }
    }
}
