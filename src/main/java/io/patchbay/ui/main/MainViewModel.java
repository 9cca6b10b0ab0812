package io.patchbay.ui.main;

import io.patchbay.console.ConsoleHome;
import io.patchbay.console.ConnectionOptions;
import io.patchbay.console.HostConnections;
import io.patchbay.console.LocalLibvirtProblem;
import io.patchbay.console.MachineReaders;
import io.patchbay.console.MachineSources;
import io.patchbay.console.ThisComputerSource;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.ssh.HostKeyDecider;
import io.patchbay.discovery.ssh.SshCredentials;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import io.patchbay.ops.Journal;
import io.patchbay.ui.change.AfterChange;
import io.patchbay.ui.change.ChangeTarget;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.ConsoleIdentity;
import io.patchbay.ui.change.LibvirtChangeBackend;
import io.patchbay.ui.journal.ChangesViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
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
    /** Each live host's sources and current source: its libvirt URI, device reader, management address. */
    private final Map<HostEntry, HostMachine> machines = new ConcurrentHashMap<>();
    private final BackgroundTasks tasks;
    /** The local libvirt daemons "This computer" probes, in order. */
    private List<String> localLibvirtUris = ThisComputerSource.DEFAULT_URIS;
    /** What each host added with {@link #addHost} was added from (what the console remembers), by entry. */
    private final ObservableMap<HostEntry, HostRequest> requests = FXCollections.observableHashMap();
    /** One read-only view for every listener (a view listens weakly: a new one per call would be collected). */
    private final ObservableMap<HostEntry, HostRequest> requestsView = FXCollections.unmodifiableObservableMap(requests);
    private volatile Path home = ConsoleHome.resolve(null, System.getenv());
    private final SshSettings ssh;
    private volatile HostKeyDecider hostKeys = HostKeyDecider.cli(false);
    private volatile SshCredentials credentials = SshCredentials.nobody();
    /** Every host's connections: the console's SSH settings, its dialogs (asked at each connect). */
    private final HostConnections connections;

    public MainViewModel(BackgroundTasks tasks) {
        this(tasks, SshSettings.defaults());
    }

    public MainViewModel(BackgroundTasks tasks, SshSettings ssh) {
        this.tasks = tasks;
        this.ssh = Objects.requireNonNull(ssh, "ssh");
        this.connections = new HostConnections(ConnectionOptions.of(ssh), ssh, () -> hostKeys, () -> credentials);
        this.hosts = new HostsViewModel(tasks);
        this.topology = new TopologyViewModel(tasks);
        // changes, their journal and pools follow the console home (tests set their own)
        this.changes = new ChangesViewModel(tasks, () -> new Journal(consoleHome()));
        this.change = new ChangeViewModel(tasks, new LibvirtChangeBackend(this::consoleHome, connections),
                ConsoleIdentity.system(), topology.pending(), topology.highlighted(), new AfterChange(journal, changes, hosts));
        hosts.setJournal(journal::add);
        hosts.setWatcher((source, changed) -> {
            LibvirtSource libvirt = MachineReaders.libvirtOf(source).orElse(null);
            if (libvirt == null) {
                return null;
            }
            LibvirtWatch w = LibvirtWatch.start(libvirt, LibvirtWatch.DEFAULT_POLL);
            w.addListener(changed);
            return w;
        });
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> {
            showReadyHosts();
            showLibvirtProblems();
            joinSameMachines();
        });
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(requests::remove);
            }
        });
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

    /** The entry whose snapshot is named {@code host} on the graph, or null. */
    public HostEntry entryOf(String host) {
        return hosts.entryOf(host);
    }

    /** The request each host added with {@link #addHost} came from, while it is in the list. */
    public ObservableMap<HostEntry, HostRequest> hostRequests() {
        return requestsView;
    }

    /** The change target for a host of the graph, when it has a libvirt connection. */
    public Optional<ChangeTarget> changeTarget(String host) {
        HostEntry e = entryOf(host);
        HostMachine m = e == null ? null : machines.get(e);
        return m == null ? Optional.empty() : m.changeTarget(host);
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
                HostMachine m = machines.get(e);
                out.put(t.name(), m == null ? null : m.managementAddress());
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
            String uri = libvirtUriOf(e);
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
            String uri = libvirtUriOf(e);
            if (uri != null && e.statusProperty().get() != HostEntry.Status.DISCONNECTED) {
                uris.add(uri);
            } else if (uri == null && e.topologyProperty().get() != null) {
                others.add(e.topologyProperty().get());
            }
        }
        return new MacPoolSource(home, uris, others, connections);
    }

    /** The libvirt URI a host is read and changed through, or null. */
    private String libvirtUriOf(HostEntry e) {
        HostMachine m = machines.get(e);
        return m == null ? null : m.libvirtUri();
    }

    /** Every host's latest snapshot (for the MAC checks of the dialogs). */
    public List<HostTopology> topologies() {
        return hosts.hosts().stream().map(h -> h.topologyProperty().get()).filter(Objects::nonNull).toList();
    }

    /** Who decides about first-seen host keys (the window's dialog). */
    public void setHostKeyDecider(HostKeyDecider decider) {
        this.hostKeys = Objects.requireNonNull(decider, "decider");
    }

    /** Who is asked for key passphrases and passwords (the window's dialogs), and where answers are kept. */
    public void setCredentials(SshCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public SshSettings sshSettings() {
        return ssh;
    }

    /** How the console connects to hosts (new VMs, MAC censuses): its known_hosts, dialogs and answers. */
    public HostConnections connections() {
        return connections;
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

    /**
     * "This computer": local discovery, shown at once and filled in the background; its VMs too when
     * a local libvirt daemon answers ({@link #setLocalLibvirtUris}), else a hint says why there are none.
     */
    public HostEntry addThisComputer(String label) {
        return addMachine(label, HostEntry.Kind.LOCAL, MachineSources.thisComputer(null, localLibvirtUris), connections);
    }

    /** The local libvirt URIs "This computer" tries, in order (default: system, then session). */
    public void setLocalLibvirtUris(List<String> uris) {
        this.localLibvirtUris = List.copyOf(uris);
    }

    private HostEntry addMachine(String label, HostEntry.Kind kind, MachineSources sources, HostConnections settings) {
        HostMachine machine = new HostMachine(sources, settings);
        HostEntry[] entry = new HostEntry[1];
        entry[0] = hosts.add(label, kind, () -> {
            if (entry[0] != null) {
                machines.put(entry[0], machine);
            }
            return machine.connect();
        });
        machines.put(entry[0], machine);
        return entry[0];
    }

    /**
     * Sources of a machine already in the list join its entry (one box per machine): the entry reads
     * the joined sources from a new connection. Returns that entry, or null when none is the same machine.
     */
    private HostEntry joinExisting(MachineSources wanted, HostConnections settings) {
        for (HostEntry e : hosts.hosts()) {
            HostMachine m = machines.get(e);
            Optional<MachineSources> joined = m == null ? Optional.empty() : m.sources().join(wanted);
            if (joined.isPresent()) {
                if (!joined.get().equals(m.sources())) {
                    m.use(joined.get(), wanted, settings);
                    hosts.reconnect(e);
                }
                hosts.selectedProperty().set(e);
                return e;
            }
        }
        return null;
    }

    /**
     * A request joined to an entry of the same machine is remembered with that entry's own
     * request: what the joined one adds (a libvirt URI beside an SSH target, a key) fills what the
     * entry's lacked. This computer has no request of its own and remembers nothing.
     */
    private void rememberJoined(HostEntry entry, HostRequest joined) {
        HostRequest own = requests.get(entry);
        if (own != null) {
            requests.put(entry, new HostRequest(own.name() != null ? own.name() : joined.name(),
                    own.sshTarget() != null ? own.sshTarget() : joined.sshTarget(),
                    own.libvirtUri() != null ? own.libvirtUri() : joined.libvirtUri(),
                    own.identity() != null ? own.identity() : joined.identity()));
        }
    }

    /** Each host's hint about its missing VMs (this computer without a libvirt daemon). */
    private void showLibvirtProblems() {
        for (HostEntry e : hosts.hosts()) {
            HostMachine m = machines.get(e);
            LocalLibvirtProblem p = m == null || e.statusProperty().get() != HostEntry.Status.READY ? null : m.libvirtProblem();
            if (e.libvirtProblemProperty().get() != p) {
                e.libvirtProblemProperty().set(p);
            }
        }
    }

    /**
     * Two entries whose reads say they are the same machine (host name, machine id, network
     * namespace) become one: the later one's sources join the earlier entry and it leaves the list.
     */
    private void joinSameMachines() {
        List<HostEntry> ready = hosts.hosts().stream()
                .filter(e -> e.statusProperty().get() == HostEntry.Status.READY && machines.containsKey(e)).toList();
        for (int i = 0; i < ready.size(); i++) {
            for (int j = i + 1; j < ready.size(); j++) {
                HostEntry first = ready.get(i);
                HostEntry later = ready.get(j);
                if (first.topologyProperty().get().machine().sameMachine(later.topologyProperty().get().machine())) {
                    // not inside the list's own change notification
                    tasks.post(() -> joinInto(first, later));
                    return;
                }
            }
        }
    }

    private void joinInto(HostEntry first, HostEntry later) {
        HostMachine a = machines.get(first);
        HostMachine b = machines.get(later);
        if (a == null || b == null || !hosts.hosts().contains(first) || !hosts.hosts().contains(later)) {
            return;
        }
        Optional<MachineSources> joined = a.sources().joinSameMachine(b.sources());
        if (joined.isEmpty()) {
            return; // two daemons of one machine: two sets of VMs stay two boxes
        }
        machines.remove(later);
        hosts.remove(later);
        if (!joined.get().equals(a.sources())) {
            a.use(joined.get(), b.sources(), connections);
            hosts.reconnect(first);
        }
        hosts.selectedProperty().set(first);
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
     * @throws PatchbayException when the target or URI is not valid (one sentence, nothing added)
     */
    public HostEntry addHost(HostRequest r) throws PatchbayException {
        HostConnections settings = connections.withIdentity(r.identity());
        SshTarget target = r.sshTarget() == null ? null : SshTarget.parse(r.sshTarget());
        // checks the URI now, so bad input is refused before anything is added
        LibvirtUri uri = r.libvirtUri() == null ? null : settings.libvirtUri(r.libvirtUri());
        MachineSources wanted = MachineSources.of(r.name(), target, uri);
        HostEntry same = joinExisting(wanted, settings);
        if (same != null) {
            rememberJoined(same, r);
            return same;
        }
        HostEntry e = addMachine(r.label(), uri == null ? HostEntry.Kind.SSH : HostEntry.Kind.LIBVIRT, wanted, settings);
        requests.put(e, r);
        return e;
    }
}
