package io.patchbay.ui.main;

import io.patchbay.cli.ConsoleHome;
import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.discovery.ssh.HostKeyDecider;
import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtOptions;
import io.patchbay.libvirt.LibvirtSource;
import io.patchbay.libvirt.LibvirtUri;
import io.patchbay.libvirt.LibvirtWatch;
import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.hosts.HostsViewModel;
import io.patchbay.ui.journal.JournalViewModel;
import io.patchbay.ui.macpool.MacPoolSource;
import io.patchbay.ui.newvm.NewVmHost;
import io.patchbay.ui.topology.TopologyViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;

/** The window's state: hosts, the graph, the journal. Plain Java over JavaFX properties. */
public final class MainViewModel {
    /** The seed's host, shipped as a sample capture. */
    static final List<String> SAMPLE_FILES = List.of("rhev-host-01.ip-addr-show.txt", "rhev-host-01.brctl-show.txt");

    private final HostsViewModel hosts;
    private final TopologyViewModel topology;
    private final JournalViewModel journal = new JournalViewModel();
    private final BackgroundTasks tasks;
    /** The libvirt URI of each host added with one (the new-VM dialog connects to it). */
    private final Map<HostEntry, String> libvirtUris = new IdentityHashMap<>();
    private Path home = ConsoleHome.resolve(null, System.getenv());
    private SshSettings ssh;
    private HostKeyDecider hostKeys = HostKeyDecider.cli(false);

    public MainViewModel(BackgroundTasks tasks) {
        this(tasks, SshSettings.defaults());
    }

    public MainViewModel(BackgroundTasks tasks, SshSettings ssh) {
        this.tasks = tasks;
        this.hosts = new HostsViewModel(tasks);
        this.topology = new TopologyViewModel(tasks);
        this.ssh = Objects.requireNonNull(ssh, "ssh");
        hosts.setJournal(journal::add);
        hosts.setWatcher((source, changed) -> {
            if (!(source instanceof LibvirtSource libvirt)) {
                return null;
            }
            LibvirtWatch w = LibvirtWatch.start(libvirt, LibvirtWatch.DEFAULT_POLL);
            w.addListener(changed);
            return w;
        });
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> showReadyHosts());
    }

    public HostsViewModel hosts() {
        return hosts;
    }

    public TopologyViewModel topology() {
        return topology;
    }

    public JournalViewModel journal() {
        return journal;
    }

    /** The background work of the window (dialogs run theirs here too). */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Where the MAC pools and the journal live ($PATCHBAY_HOME, else ~/.config/patchbay). */
    public Path consoleHome() {
        return home;
    }

    public void setConsoleHome(Path home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    /** The libvirt hosts in the list that have been read, for the new-VM dialog. */
    public List<NewVmHost> newVmHosts() {
        List<NewVmHost> out = new ArrayList<>();
        for (HostEntry e : hosts.hosts()) {
            String uri = libvirtUris.get(e);
            HostTopology t = e.topologyProperty().get();
            if (uri != null && t != null && e.statusProperty().get() != HostEntry.Status.DISCONNECTED) {
                out.add(NewVmHost.of(e.label(), uri, t));
            }
        }
        return out;
    }

    /** The MAC pool manager's source: the libvirt hosts read in full, the others from their snapshots. */
    public MacPoolSource macPoolSource() {
        List<String> uris = new ArrayList<>();
        List<HostTopology> others = new ArrayList<>();
        for (HostEntry e : hosts.hosts()) {
            String uri = libvirtUris.get(e);
            if (uri != null && e.statusProperty().get() != HostEntry.Status.DISCONNECTED) {
                uris.add(uri);
            } else if (uri == null && e.topologyProperty().get() != null) {
                others.add(e.topologyProperty().get());
            }
        }
        return new MacPoolSource(home, uris, others);
    }

    /** Every host's latest snapshot (for the MAC checks of the dialogs). */
    public List<HostTopology> topologies() {
        return hosts.hosts().stream().map(h -> h.topologyProperty().get()).filter(Objects::nonNull).toList();
    }

    /** Who decides about first-seen host keys (the window's dialog). */
    public void setHostKeyDecider(HostKeyDecider decider) {
        this.hostKeys = Objects.requireNonNull(decider, "decider");
    }

    public SshSettings sshSettings() {
        return ssh;
    }

    private void showReadyHosts() {
        List<HostTopology> ready = new ArrayList<>();
        for (HostEntry e : hosts.hosts()) {
            HostTopology t = e.topologyProperty().get();
            if (t != null) {
                ready.add(t);
            }
        }
        if (!ready.equals(lastShown)) {
            lastShown = ready;
            topology.show(ready);
        }
    }

    private List<HostTopology> lastShown = List.of();

    /** "This computer": local discovery, shown at once and filled in the background. */
    public HostEntry addThisComputer(String label) {
        return hosts.add(label, HostEntry.Kind.LOCAL, () -> new LocalSource(null, Duration.ofSeconds(20)));
    }

    /** Saved outputs (files or a sosreport directory) as one host. */
    public HostEntry openCapture(List<Path> paths) {
        Path first = paths.get(0).getFileName();
        String label = first == null ? paths.get(0).toString() : first.toString();
        return hosts.add(label, new CaptureSource(null, paths));
    }

    /** The seed's host (rhev-host-01: ip addr show and brctl show), copied out of the application. */
    public HostEntry openSample() {
        try {
            Path dir = Files.createTempDirectory("patchbay-sample");
            dir.toFile().deleteOnExit();
            List<Path> files = new ArrayList<>();
            for (String f : SAMPLE_FILES) {
                Path p = dir.resolve(f);
                try (InputStream in = MainViewModel.class.getResourceAsStream("/samples/" + f)) {
                    Files.copy(Objects.requireNonNull(in, "sample " + f), p);
                }
                p.toFile().deleteOnExit();
                files.add(p);
            }
            return hosts.add("rhev-host-01 (sample)", new CaptureSource(null, files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample capture", e);
        }
    }

    /**
     * Adds a host over SSH, libvirt, or both (devices from SSH, VMs from libvirt).
     *
     * @throws DiscoveryException when the target or URI is not valid (one sentence, nothing added)
     */
    public HostEntry addHost(HostRequest r) throws DiscoveryException {
        SshSettings settings = r.identity() == null ? ssh : ssh.withIdentityFiles(List.of(r.identity()));
        SshTarget target = r.sshTarget() == null ? null : SshTarget.parse(r.sshTarget());
        if (r.libvirtUri() == null) {
            return hosts.add(r.label(), HostEntry.Kind.SSH, () -> new SshHostSource(r.name(), target, settings, hostKeys));
        }
        // checks the URI now, so bad input is refused before anything is added
        LibvirtUri uri = LibvirtUri.parse(r.libvirtUri())
                .withSshDefaults(r.identity(), settings.knownHosts());
        boolean localDaemon = target == null && uri.isLocal() && !"test".equals(uri.driver());
        HostEntry added = hosts.add(r.label(), HostEntry.Kind.LIBVIRT, () -> {
            HostSource devices = target != null ? new SshHostSource(r.name(), target, settings, hostKeys)
                    : localDaemon ? new LocalSource(r.name(), Duration.ofSeconds(20)) : null;
            try {
                return LibvirtSource.lazy(r.name(), uri.given(), LibvirtOptions.defaults(), devices);
            } catch (DiscoveryException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        libvirtUris.put(added, uri.given());
        return added;
    }
}
