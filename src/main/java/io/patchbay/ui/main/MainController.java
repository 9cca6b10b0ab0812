package io.patchbay.ui.main;

import io.patchbay.ui.change.ChangeDialogs;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.notify.Notifications;
import io.patchbay.ui.common.LazyTab;
import io.patchbay.ui.credentials.WindowCredentials;
import io.patchbay.ui.devices.DevicesTab;
import io.patchbay.ui.export.ExportAction;
import io.patchbay.ui.hosts.HostKeyPrompt;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.hosts.HostsPane;
import io.patchbay.ui.inspector.InspectorPane;
import io.patchbay.ui.journal.JournalPane;
import io.patchbay.ui.macpool.MacPoolManagerDialog;
import io.patchbay.ui.newvm.NewVmBackend;
import io.patchbay.ui.newvm.NewVmDialog;
import io.patchbay.ui.problems.ProblemNodes;
import io.patchbay.ui.problems.ProblemRow;
import io.patchbay.ui.problems.ProblemsView;
import io.patchbay.ui.status.StatusBar;
import io.patchbay.ui.topology.GraphPane;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphToolbar;
import io.patchbay.ui.topology.GraphView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window (main_window.fxml): hosts on the left, the graph (and a device table) in the
 * centre, the inspector on the right, the journal below, the status bar at the bottom. Each pane
 * has its own FXML and controller in its feature's package; this class makes them, wires them
 * together and answers the menu bar.
 */
public final class MainController {
    private final MainViewModel vm;
    private final Stage stage;
    private final ResourceBundle strings = Fxml.strings();
    private final VnicActions actions;
    private final HostsPane hosts;
    private final GraphPane graph;
    private final GraphToolbar toolbar;
    private final InspectorPane inspector;
    private final JournalPane journal;
    private final StatusBar status;
    /** Every controller of the window's FXML files, by type (the loader's controller factory). */
    private final Map<Class<?>, Object> controllers;

    public MainController(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        this.actions = new VnicActions(vm, stage, strings);
        this.hosts = new HostsPane(vm.hosts(), vm::addHost, stage, strings);
        this.graph = new GraphPane(vm.topology());
        this.toolbar = new GraphToolbar(vm.topology(), graph, vm.change().scopeProperty(), strings);
        this.inspector = new InspectorPane(vm.topology(), vm.traffic(), strings);
        this.journal = new JournalPane(vm.journal(), vm.changes(), actions::undoLast, strings);
        this.status = new StatusBar(vm.hosts(), vm.change(), strings);
        this.controllers = Map.of(MainController.class, this, HostsPane.class, hosts, GraphPane.class, graph,
                GraphToolbar.class, toolbar, InspectorPane.class, inspector, JournalPane.class, journal,
                StatusBar.class, status);
    }

    /** Loads the main window: this controller for main_window.fxml, each pane's for the file it includes. */
    public Parent load() {
        return Fxml.load(Fxml.File.MAIN_WINDOW, type -> Objects.requireNonNull(controllers.get(type),
                () -> "no controller of type " + type.getName() + " in the main window"));
    }

    /** The graph (tests and benchmarks drive it directly). */
    public GraphView graph() {
        return graph.graph();
    }

    /** Adds a host from a request; bad input shows one sentence and adds nothing. */
    public void addHost(HostRequest r) {
        hosts.addHost(r);
    }

    /** Runs after every pane's controller was initialised: what connects one pane to another. */
    @FXML
    private void initialize() {
        vm.setHostKeyDecider(new HostKeyPrompt(strings, stage));
        vm.setCredentials(WindowCredentials.create(strings, stage));
        LazyTab.fillOnFirstSelection(graph.devicesTab(),
                () -> DevicesTab.load(vm.hosts(), vm.topology(), inspector::show));
        GraphView view = graph.graph();
        GraphDrops.install(view, actions, strings);
        GraphMenu menu = new GraphMenu(vm, view, actions, strings);
        menu.install();
        GraphKeys.install(vm, view, actions, menu);
        ChangeDialogs.install(vm.change(), stage, strings);
        Notifications notes = new Notifications(graph.overlay());
        vm.change().doneProperty().addListener((o, a, m) -> {
            if (m != null) {
                notes.success(Messages.format(strings, m));
            }
        });
        journal.addTab(new ProblemsView(vm.problems(), strings, this::revealProblem).tab());
        GraphMarks.install(vm, view, strings);
    }

    /** Selects and centres a problem's first subject on the graph, its other subjects highlighted. */
    private void revealProblem(ProblemRow r) {
        GraphScene s = vm.topology().sceneProperty().get();
        if (s != null) {
            graph.centre(vm.topology().reveal(ProblemNodes.of(s.graph().subjects(), r.host(), r.problem())));
        }
    }

    // the menu bar

    @FXML
    private void onAddHost() {
        hosts.onAddHost();
    }

    @FXML
    private void onOpenCaptureFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle(strings.getString("menu.file.openCapture"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            vm.openCapture(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void onOpenCaptureDirectory() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(strings.getString("menu.file.openSosreport"));
        File dir = dc.showDialog(stage);
        if (dir != null) {
            vm.openCapture(List.of(Path.of(dir.getPath())));
        }
    }

    @FXML
    private void onOpenSample() {
        vm.openSample();
    }

    @FXML
    private void onExport() {
        GraphScene s = vm.topology().sceneProperty().get();
        new ExportAction(strings, stage).run(s, vm.hosts().hosts().stream()
                .map(h -> h.topologyProperty().get()).filter(Objects::nonNull).toList(), status::show);
    }

    @FXML
    private void onRefresh() {
        hosts.refreshSelected();
    }

    @FXML
    private void onQuit() {
        Platform.exit();
    }

    @FXML
    private void onUndoLastChange() {
        journal.showChanges();
        actions.undoLast();
    }

    @FXML
    private void onFit() {
        graph.fit();
    }

    @FXML
    private void onZoomIn() {
        graph.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        graph.zoomOut();
    }

    @FXML
    private void onToggleCollapse() {
        graph.toggleCollapseSelected();
    }

    @FXML
    private void onHighlightNetwork() {
        toolbar.onHighlightNetwork();
    }

    @FXML
    private void onLightTheme() {
        Themes.apply(stage.getScene(), false);
    }

    @FXML
    private void onDarkTheme() {
        Themes.apply(stage.getScene(), true);
    }

    @FXML
    private void onNewVm() {
        NewVmDialog.show(stage, vm.newVmHosts(), NewVmBackend.libvirt(vm.consoleHome(), vm.connections()), vm.tasks()).ifPresent(made ->
                vm.journal().add(made.host(), "xml", "defined " + made.result().plan().name() + " from "
                        + made.result().plan().from() + "\n" + made.result().plan().xml()));
    }

    @FXML
    private void onMacPools() {
        MacPoolManagerDialog.show(stage, vm.macPoolSource(), vm.tasks());
    }
}
