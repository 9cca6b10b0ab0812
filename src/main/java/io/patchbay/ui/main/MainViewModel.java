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
import io.patchbay.ui.problems.ProblemsViewModel;
import io.patchbay.ui.traffic.TrafficViewModel;
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
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import io.patchbay.cli.ConsoleHome;
import io.patchbay.ops.Journal;
import io.patchbay.ui.change.ChangeTarget;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.ConsoleIdentity;
import io.patchbay.ui.change.LibvirtChangeBackend;
import io.patchbay.ui.journal.ChangesViewModel;
import javafx.collections.ListChangeListener;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacPools;
import java.util.function.Consumer;

/** The window's state: hosts, the graph, the journal. Plain Java over JavaFX properties. */
public final class MainViewModel {
    /** The seed's host, shipped as a sample capture. */
    static final List<String> SAMPLE_FILES = List.of("rhev-host-01.ip-addr-show.txt", "rhev-host-01.brctl-show.txt");

    private final HostsViewModel hosts;
    private final TopologyViewModel topology;
    private final JournalViewModel journal = new JournalViewModel();
    private final ChangeViewModel change;
    private final ChangesViewModel changes;
    /** Live state: the hosts' problems and their vNICs' traffic, from each new snapshot. */
    private final ProblemsViewModel problems;
    private final TrafficViewModel traffic = new TrafficViewModel(java.time.Clock.systemUTC());
    /** How each libvirt host is changed (its URI, device reader, management address), by entry. */
    private final Map<HostEntry, ChangeAccess> changeAccess = new ConcurrentHashMap<>();
    private final BackgroundTasks tasks;
    /** The libvirt URI of each host added with one (the new-VM dialog connects to it). */
    private final Map<HostEntry, String> libvirtUris = new IdentityHashMap<>();
    private volatile Path home = ConsoleHome.resolve(null, System.getenv());
    private SshSettings ssh;
    private HostKeyDecider hostKeys = HostKeyDecider.cli(false);

    public MainViewModel(BackgroundTasks tasks) {
        this(tasks, SshSettings.defaults());
    }

    public MainViewModel(BackgroundTasks tasks, SshSettings ssh) {
        this.tasks = tasks;
        this.hosts = new HostsViewModel(tasks);
        this.topology = new TopologyViewModel(tasks);
        // changes, their journal and pools follow the console home (tests set their own)
        this.change = new ChangeViewModel(tasks, new LibvirtChangeBackend(this::consoleHome), ConsoleIdentity.system(),
                topology.pending(), topology.highlighted());
        this.changes = new ChangesViewModel(tasks, () -> new Journal(consoleHome()));
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
        this.problems = new ProblemsViewModel(tasks, java.util.Locale.getDefault());
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> updateLiveState());
    }

    /** The problems of every host (the Problems pane, the badges on the graph). */
    public ProblemsViewModel problems() {
        return problems;
    }

    /** The rates of every vNIC between refreshes (sparklines, edge widths, loss marks). */
    public TrafficViewModel traffic() {
        return traffic;
    }

    /** A host's snapshot changed (read, event, applied change) or a host came or went: problems and traffic follow. */
    private void updateLiveState() {
        List<HostTopology> connected = new ArrayList<>();
        List<HostTopology> others = new ArrayList<>();
        for (HostEntry e : hosts.hosts()) {
            HostTopology t = e.topologyProperty().get();
            if (t != null) {
                (e.statusProperty().get() == HostEntry.Status.DISCONNECTED ? others : connected).add(t);
            }
        }
        problems.update(connected, others);
        List<HostTopology> all = new ArrayList<>(connected);
        all.addAll(others);
        traffic.observe(all);
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

    /** The one vNIC change in flight: plan, preview, apply. */
    public ChangeViewModel change() {
        return change;
    }

    /** Every vNIC change of the journal, with undo. */
    public ChangesViewModel changes() {
        return changes;
    }

    /** How a libvirt host entry is changed; the reader is the device source of its current connection. */
    private record ChangeAccess(String uri, AtomicReference<HostSource> reader, String managementAddress) {
    }

    /** The entry whose snapshot is named {@code host} on the graph, or null. */
    public HostEntry entryOf(String host) {
        for (HostEntry e : hosts.hosts()) {
            HostTopology t = e.topologyProperty().get();
            if (t != null && t.name().equals(host)) {
                return e;
            }
        }
        return null;
    }

    /** The change target for a host of the graph, when it has a libvirt connection. */
    public Optional<ChangeTarget> changeTarget(String host) {
        HostEntry e = entryOf(host);
        ChangeAccess a = e == null ? null : changeAccess.get(e);
        return a == null ? Optional.empty() : Optional.of(new ChangeTarget(host, a.uri(), a.reader()::get,
                a.managementAddress()));
    }

    /** The other changeable hosts (their MACs count for a new vNIC). */
    public List<ChangeTarget> peersOf(String host) {
        List<ChangeTarget> out = new ArrayList<>();
        for (HostEntry e : hosts.hosts()) {
            HostTopology t = e.topologyProperty().get();
            if (t != null && !t.name().equals(host) && e.statusProperty().get() == HostEntry.Status.READY) {
                changeTarget(t.name()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Every host of the console by graph name, with the address it is reached by (null: this computer or a capture). */
    public Map<String, String> managedHosts() {
        Map<String, String> out = new HashMap<>();
        for (HostEntry e : hosts.hosts()) {
            HostTopology t = e.topologyProperty().get();
            if (t != null) {
                ChangeAccess a = changeAccess.get(e);
                out.put(t.name(), a == null ? null : a.managementAddress());
            }
        }
        return out;
    }

    /** Reads the MAC pools of the console home in the background (for the create-vNIC dialog). */
    public void readPools(Consumer<MacPools> onPools,
                          Consumer<Exception> onError) {
        tasks.run(() -> new MacPoolStore(consoleHome()).read(), onPools, onError);
    }

    /** The snapshot of a host by graph name, or null. */
    public HostTopology topologyOf(String host) {
        HostEntry e = entryOf(host);
        return e == null ? null : e.topologyProperty().get();
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
        AtomicReference<HostSource> reader = new AtomicReference<>();
        String reachedBy = target != null ? target.host() : uri.isLocal() ? null : uri.host();
        HostEntry[] entry = new HostEntry[1];
        ChangeAccess access = new ChangeAccess(uri.given(), reader, reachedBy);
        entry[0] = hosts.add(r.label(), HostEntry.Kind.LIBVIRT, () -> {
            HostSource devices = target != null ? new SshHostSource(r.name(), target, settings, hostKeys)
                    : localDaemon ? new LocalSource(r.name(), Duration.ofSeconds(20)) : null;
            reader.set(devices);
            if (entry[0] != null) {
                changeAccess.put(entry[0], access);
            }
            try {
                return LibvirtSource.lazy(r.name(), uri.given(), LibvirtOptions.defaults(), devices);
            } catch (DiscoveryException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        changeAccess.put(entry[0], access);
        libvirtUris.put(entry[0], uri.given());
        return entry[0];
    }
}
