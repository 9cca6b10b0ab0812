package io.patchbay.ui.main;

import io.patchbay.export.SafeText;
import io.patchbay.core.PatchbayException;
import io.patchbay.layout.GraphSubject;
import io.patchbay.model.HostTopology;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.Messages;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.journal.ChangesTab;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import io.patchbay.ui.common.KindIcons;
import io.patchbay.ui.common.LazyTab;
import io.patchbay.ui.devices.DevicesTab;
import io.patchbay.ui.export.ExportAction;
import io.patchbay.ui.hosts.AddHostDialog;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.credentials.WindowCredentials;
import io.patchbay.ui.hosts.HostKeyPrompt;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.inspector.Fact;
import io.patchbay.ui.inspector.SubjectFacts;
import io.patchbay.ui.journal.JournalEntry;
import io.patchbay.ui.macpool.MacPoolManagerDialog;
import io.patchbay.ui.newvm.NewVmBackend;
import io.patchbay.ui.newvm.NewVmDialog;
import io.patchbay.ui.problems.ProblemNodes;
import io.patchbay.ui.problems.ProblemRow;
import io.patchbay.ui.problems.ProblemsView;
import io.patchbay.ui.traffic.TrafficPanel;
import io.patchbay.ui.traffic.TrafficSelection;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.topology.TopologyViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The main window: hosts on the left, the graph (and a device table) in the centre, the inspector on the right, the journal below. */
public final class MainController {
    private final MainViewModel vm;
    private final Stage stage;
    private final ResourceBundle strings = Fxml.strings();
    private final GraphView graph = new GraphView();
    private Timeline refreshTimer;

    @FXML
    private ListView<HostEntry> hostList;
    @FXML
    private Spinner<Integer> refreshSpinner;
    @FXML
    private StackPane graphHolder;
    @FXML
    private TextField searchField;
    @FXML
    private Label searchResult;
    @FXML
    private TableView<Fact> inspector;
    @FXML
    private TableColumn<Fact, String> factColumn;
    @FXML
    private TableColumn<Fact, String> valueColumn;
    @FXML
    private TableColumn<Fact, String> sourceColumn;
    @FXML
    private ListView<JournalEntry> journalList;
    @FXML
    private TextArea journalText;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressBar progress;
    @FXML
    private ChoiceBox<ScopeChoice> scopeChoice;
    @FXML
    private TabPane bottomTabs;
    @FXML
    private TabPane centerTabs;
    @FXML
    private StackPane inspectorExtras;
    @FXML
    private Tab changesTab;
    @FXML
    private Tab devicesTab;
    private GraphActions actions;
    @FXML
    private RadioMenuItem lightTheme;
    @FXML
    private RadioMenuItem darkTheme;

    public MainController(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
    }

    /** The graph (tests and benchmarks drive it directly). */
    public GraphView graph() {
        return graph;
    }

    @FXML
    private void initialize() {
        vm.setHostKeyDecider(new HostKeyPrompt(strings, stage));
        vm.setCredentials(WindowCredentials.create(strings, stage));
        initHosts();
        initGraph();
        LazyTab.fillOnFirstSelection(devicesTab,
                () -> DevicesTab.load(vm.hosts(), vm.topology(), facts -> inspector.getItems().setAll(facts)));
        initInspector();
        initJournal();
        initChanges();
        initLiveState();
        progress.visibleProperty().bind(vm.hosts().busyBinding().or(Bindings.createBooleanBinding(
                () -> vm.change().phaseProperty().get() != ChangeViewModel.Phase.IDLE
                        && vm.change().phaseProperty().get() != ChangeViewModel.Phase.PREVIEW,
                vm.change().phaseProperty())));
        statusLabel.setText(strings.getString("status.ready"));
    }

    private void initHosts() {
        hostList.setItems(vm.hosts().hosts());
        hostList.setCellFactory(l -> new HostCell());
        hostList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.hosts().selectedProperty().set(b));
        vm.hosts().selectedProperty().addListener((o, a, b) -> {
            if (b != null && hostList.getSelectionModel().getSelectedItem() != b) {
                hostList.getSelectionModel().select(b);
            }
        });
        vm.hosts().hosts().addListener((javafx.collections.ListChangeListener<HostEntry>) c -> status());
        vm.hosts().setOnFailure(this::failed);
        refreshSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 3600,
                vm.hosts().refreshSecondsProperty().get(), 5));
        refreshSpinner.valueProperty().addListener((o, a, b) -> {
            vm.hosts().refreshSecondsProperty().set(b == null ? 0 : b);
            restartTimer();
        });
        restartTimer();
    }

    private void restartTimer() {
        if (refreshTimer != null) {
            refreshTimer.stop();
        }
        int seconds = vm.hosts().refreshSecondsProperty().get();
        if (seconds > 0) {
            refreshTimer = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> vm.hosts().refreshDue()));
            refreshTimer.setCycleCount(Timeline.INDEFINITE);
            refreshTimer.play();
        }
    }

    private void initGraph() {
        graphHolder.getChildren().add(graph);
        TopologyViewModel t = vm.topology();
        t.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                graph.show(b);
                markGraph();
                // the selection's facts come from the new snapshot: after an apply, an undo, a refresh or an event
                showInspector();
            }
        });
        graph.setOnSelect(id -> t.selectedProperty().set(id));
        graph.setOnToggle(t::toggleCollapse);
        t.selectedProperty().addListener((o, a, b) -> {
            markGraph();
            showInspector();
        });
        t.highlighted().addListener((SetChangeListener<String>) c -> markGraph());
        t.pending().addListener((SetChangeListener<String>) c -> markGraph());
    }

    /** The inspector shows the selected subject as the current snapshot has it (a VM's tap with its vNIC). */
    private void showInspector() {
        GraphScene scene = vm.topology().sceneProperty().get();
        String id = vm.topology().selectedProperty().get();
        inspector.getItems().setAll(scene == null || id == null ? List.of() : SubjectFacts.of(scene.graph().subjects(), id));
    }

    private void markGraph() {
        TopologyViewModel t = vm.topology();
        graph.mark(t.selectedProperty().get(), t.highlighted(), t.pending());
    }

    private void initInspector() {
        factColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().labelKey())));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(SafeText.terminal(c.getValue().value())));
        // a source is a provenance ("capture:file") or the bundle key of where an address was learnt
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source() == null ? "\u2014"
                : label(c.getValue().source())));
    }

    private void initJournal() {
        journalList.setItems(vm.journal().entries());
        journalList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(JournalEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.at() + "  " + e.host() + "  [" + label("journal.kind." + e.kind()) + "]  " + e.summary());
            }
        });
        journalList.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                journalText.setText(b == null ? "" : b.text()));
        vm.journal().entries().addListener((javafx.collections.ListChangeListener<JournalEntry>) c -> {
            int last = vm.journal().entries().size() - 1;
            journalList.scrollTo(last);
            journalList.getSelectionModel().select(last);
        });
    }

    private void initChanges() {
        actions = new GraphActions(vm, graph, stage, strings);
        actions.install();
        scopeChoice.getItems().setAll(ScopeChoice.values());
        scopeChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScopeChoice c) {
                return c == null ? "" : strings.getString(c.key);
            }

            @Override
            public ScopeChoice fromString(String s) {
                return null;
            }
        });
        scopeChoice.setValue(ScopeChoice.DEFAULT);
        scopeChoice.valueProperty().addListener((o, a, b) -> vm.change().scopeProperty().set(b.scope));
        vm.change().statusProperty().addListener((o, a, m) -> {
            if (m != null) {
                statusLabel.setText(Messages.format(strings, m));
            }
        });
        LazyTab.fillOnFirstSelection(changesTab, () -> ChangesTab.load(vm.changes(), actions::undoLast));
        vm.changes().reload();
    }

    /** Live state: the Problems tab, the badges and traffic marks on the graph, the traffic in the inspector. */
    private void initLiveState() {
        bottomTabs.getTabs().add(new ProblemsView(vm.problems(), strings, this::revealProblem).tab());
        GraphMarks.install(vm, graph, strings);
        TrafficPanel traffic = new TrafficPanel(vm.traffic(), strings);
        inspectorExtras.getChildren().add(traffic);
        Runnable follow = () -> {
            GraphScene s = vm.topology().sceneProperty().get();
            traffic.show(s == null ? List.of() : TrafficSelection.of(s.graph().subjects(), vm.topology().selectedProperty().get()));
        };
        vm.topology().selectedProperty().addListener((o, a, b) -> follow.run());
        vm.topology().sceneProperty().addListener((o, a, b) -> follow.run());
    }

    /** Selects and centres a problem's first subject on the graph, its other subjects highlighted. */
    private void revealProblem(ProblemRow r) {
        GraphScene s = vm.topology().sceneProperty().get();
        if (s != null) {
            centre(vm.topology().reveal(ProblemNodes.of(s.graph().subjects(), r.host(), r.problem())));
        }
    }

    /** Shows the graph tab centred on the first of {@code hits} (search hits, a problem's subjects). */
    private void centre(List<String> hits) {
        if (!hits.isEmpty()) {
            centerTabs.getSelectionModel().select(0);
            graph.centreOn(hits.get(0));
        }
    }

    /** The live/config choice of the toolbar. */
    private enum ScopeChoice {
        DEFAULT("change.scope.default", ScopeRequest.DEFAULT),
        LIVE("change.scope.live", new ScopeRequest(true, false)),
        CONFIG("change.scope.config", new ScopeRequest(false, true)),
        BOTH("change.scope.both", new ScopeRequest(true, true));

        private final String key;
        private final ScopeRequest scope;

        ScopeChoice(String key, ScopeRequest scope) {
            this.key = key;
            this.scope = scope;
        }
    }

    @FXML
    private void onUndoLastChange() {
        bottomTabs.getSelectionModel().select(changesTab);
        actions.undoLast();
    }

    private void status() {
        HostEntry reading = vm.hosts().hosts().stream()
                .filter(h -> h.statusProperty().get() == HostEntry.Status.READING).findFirst().orElse(null);
        if (reading != null) {
            statusLabel.setText(String.format(strings.getString("status.reading"), reading.label()));
            return;
        }
        HostEntry e = vm.hosts().selectedProperty().get();
        if (e == null) {
            statusLabel.setText(strings.getString("status.ready"));
        } else if (e.statusProperty().get() == HostEntry.Status.FAILED) {
            statusLabel.setText(String.format(strings.getString("status.failed"), e.label(), e.errorProperty().get()));
        } else if (e.topologyProperty().get() != null && e.lastRefreshProperty().get() != null) {
            HostTopology t = e.topologyProperty().get();
            statusLabel.setText(String.format(strings.getString("status.read"), t.name(), t.devices().size(),
                    t.vms().size(), e.lastRefreshProperty().get().withNano(0)));
        }
    }

    private void failed(HostEntry e) {
        String msg = e.errorProperty().get();
        if (e.failureProperty().get() == PatchbayException.Reason.HOST_KEY_CHANGED) {
            Alert a = new Alert(Alert.AlertType.ERROR);
            a.initOwner(stage);
            a.setTitle(strings.getString("hostkey.changed.title"));
            a.setHeaderText(String.format(strings.getString("hostkey.changed.header"), e.label()));
            a.setContentText(strings.getString("hostkey.changed.body") + "\n\n" + msg);
            a.getDialogPane().setId("hostKeyChangedDialog");
            a.getDialogPane().setPrefWidth(640);
            a.show();
        }
    }

    @FXML
    private void onSearch() {
        List<String> hits = vm.topology().search(searchField.getText());
        if (hits.isEmpty()) {
            searchResult.setText(searchField.getText().isBlank() ? "" : strings.getString("graph.noMatch"));
        } else {
            searchResult.setText(String.format(strings.getString("graph.matches"), hits.size()));
            centre(hits);
        }
    }

    @FXML
    private void onFit() {
        graph.fit();
    }

    @FXML
    private void onZoomIn() {
        graph.zoom(1.25, graph.getWidth() / 2, graph.getHeight() / 2);
    }

    @FXML
    private void onZoomOut() {
        graph.zoom(1 / 1.25, graph.getWidth() / 2, graph.getHeight() / 2);
    }

    @FXML
    private void onToggleCollapse() {
        vm.topology().toggleCollapse(vm.topology().selectedProperty().get());
    }

    @FXML
    private void onHighlightNetwork() {
        int n = vm.topology().highlightNetwork().size();
        searchResult.setText(n == 0 ? strings.getString("graph.selectBridge") : String.format(strings.getString("graph.network"), n));
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
    private void onAddHost() {
        AddHostDialog.show(strings, stage).ifPresent(this::addHost);
    }

    /** Adds a host from a request; bad input shows one sentence and adds nothing. */
    public void addHost(HostRequest r) {
        try {
            vm.addHost(r);
        } catch (PatchbayException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.initOwner(stage);
            a.setHeaderText(strings.getString("hosts.add.failed"));
            a.show();
        }
    }

    @FXML
    private void onConnect() {
        HostEntry e = vm.hosts().selectedProperty().get();
        if (e != null) {
            vm.hosts().connect(e);
        }
    }

    @FXML
    private void onDisconnect() {
        HostEntry e = vm.hosts().selectedProperty().get();
        if (e != null) {
            vm.hosts().disconnect(e);
        }
    }

    @FXML
    private void onRemove() {
        HostEntry e = vm.hosts().selectedProperty().get();
        if (e != null) {
            vm.hosts().remove(e);
        }
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
                .map(h -> h.topologyProperty().get()).filter(java.util.Objects::nonNull).toList(), statusLabel::setText);
    }

    @FXML
    private void onNewVm() {
        NewVmDialog.show(stage, vm.newVmHosts(), NewVmBackend.libvirt(vm.consoleHome()), vm.tasks()).ifPresent(made ->
                vm.journal().add(made.host(), "xml", "defined " + made.result().plan().name() + " from "
                        + made.result().plan().from() + "\n" + made.result().plan().xml()));
    }

    @FXML
    private void onMacPools() {
        MacPoolManagerDialog.show(stage, vm.macPoolSource(), vm.tasks());
    }

    @FXML
    private void onRefresh() {
        HostEntry e = vm.hosts().selectedProperty().get();
        if (e != null) {
            vm.hosts().refresh(e);
        }
    }

    @FXML
    private void onQuit() {
        Platform.exit();
    }

    private String label(String key) {
        return strings.containsKey(key) ? strings.getString(key) : key;
    }

    private static String orDash(String s) {
        return s == null ? "\u2014" : s;
    }

    private String statusLine(HostEntry e) {
        switch (e.statusProperty().get()) {
            case READING:
                return strings.getString("host.reading");
            case FAILED:
                return strings.getString("host.failed") + ": " + e.errorProperty().get();
            case DISCONNECTED:
                return strings.getString("host.disconnected");
            default:
                HostTopology t = e.topologyProperty().get();
                return String.format(strings.getString("host.ready"), t.devices().size(), t.vms().size(),
                        e.lastRefreshProperty().get().withNano(0));
        }
    }

    /** A host with its icon, status, last refresh and error. */
    private final class HostCell extends ListCell<HostEntry> {
        @Override
        protected void updateItem(HostEntry e, boolean empty) {
            super.updateItem(e, empty);
            textProperty().unbind();
            getStyleClass().removeAll("host-failed", "host-reading", "host-disconnected");
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> e.label() + "\n" + statusLine(e)
                    + (e.libvirtProblemProperty().get() == null ? ""
                    : "\n" + strings.getString(e.libvirtProblemProperty().get().messageKey())),
                    e.statusProperty(), e.libvirtProblemProperty()));
            switch (e.statusProperty().get()) {
                case FAILED -> getStyleClass().add("host-failed");
                case READING -> getStyleClass().add("host-reading");
                case DISCONNECTED -> getStyleClass().add("host-disconnected");
                default -> { }
            }
            setGraphic(new HBox(KindIcons.host()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
