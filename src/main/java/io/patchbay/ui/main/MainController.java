package io.patchbay.ui.main;

import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.common.KindIcons;
import io.patchbay.ui.devices.DeviceNode;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.inspector.DeviceFacts;
import io.patchbay.ui.inspector.Fact;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Binds the main window's controls to the {@link MainViewModel}; no I/O here. */
public final class MainController {
    private final MainViewModel vm;
    private final Stage stage;
    private final ResourceBundle strings = Fxml.strings();

    @FXML
    private ListView<HostEntry> hostList;
    @FXML
    private TreeTableView<Device> deviceTable;
    @FXML
    private TreeTableColumn<Device, String> nameColumn;
    @FXML
    private TreeTableColumn<Device, String> kindColumn;
    @FXML
    private TreeTableColumn<Device, String> stateColumn;
    @FXML
    private TreeTableColumn<Device, String> macColumn;
    @FXML
    private TreeTableColumn<Device, String> mtuColumn;
    @FXML
    private TreeTableColumn<Device, String> addressColumn;
    @FXML
    private TableView<Fact> inspector;
    @FXML
    private TableColumn<Fact, String> factColumn;
    @FXML
    private TableColumn<Fact, String> valueColumn;
    @FXML
    private TableColumn<Fact, String> sourceColumn;
    @FXML
    private Label statusLabel;

    private HostEntry shown;
    private final ChangeListener<HostTopology> topologyChanged = (o, a, b) -> render(shown);
    private final ChangeListener<HostEntry.Status> statusChanged = (o, a, b) -> status(shown);

    public MainController(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
    }

    @FXML
    private void initialize() {
        hostList.setItems(vm.hosts().hosts());
        hostList.setCellFactory(l -> new HostCell());
        hostList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.hosts().selectedProperty().set(b));
        vm.hosts().selectedProperty().addListener((o, a, b) -> {
            if (b != null && hostList.getSelectionModel().getSelectedItem() != b) {
                hostList.getSelectionModel().select(b);
            }
            showHost(b);
        });

        deviceTable.setShowRoot(false);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().kind().wireName()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(stateText(c.getValue().getValue())));
        macColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orDash(c.getValue().getValue().mac())));
        mtuColumn.setCellValueFactory(c -> {
            Integer mtu = c.getValue().getValue().mtu();
            return new ReadOnlyStringWrapper(mtu == null ? "—" : mtu.toString());
        });
        addressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("  ", c.getValue().getValue().addresses())));
        deviceTable.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Device d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("state-down", "no-carrier");
                if (!empty && d != null) {
                    if (d.state() == io.patchbay.model.LinkState.DOWN) {
                        getStyleClass().add("state-down");
                    }
                    if (Boolean.FALSE.equals(d.carrier())) {
                        getStyleClass().add("no-carrier");
                    }
                }
            }
        });
        deviceTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                inspector.getItems().setAll(b == null ? List.of() : DeviceFacts.of(b.getValue())));

        factColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().labelKey())));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orDash(c.getValue().source())));
        statusLabel.setText(strings.getString("status.ready"));
    }

    private void showHost(HostEntry e) {
        if (shown != null) {
            shown.topologyProperty().removeListener(topologyChanged);
            shown.statusProperty().removeListener(statusChanged);
        }
        shown = e;
        inspector.getItems().clear();
        if (e == null) {
            deviceTable.setRoot(null);
            return;
        }
        e.topologyProperty().addListener(topologyChanged);
        e.statusProperty().addListener(statusChanged);
        render(e);
    }

    private void render(HostEntry e) {
        HostTopology t = e.topologyProperty().get();
        status(e);
        if (t == null) {
            deviceTable.setRoot(null);
            return;
        }
        TreeItem<Device> root = new TreeItem<>();
        for (DeviceNode n : DeviceNode.forest(t)) {
            root.getChildren().add(item(n));
        }
        deviceTable.setRoot(root);
    }

    private void status(HostEntry e) {
        switch (e.statusProperty().get()) {
            case READING:
                statusLabel.setText(String.format(strings.getString("status.reading"), e.label()));
                break;
            case FAILED:
                statusLabel.setText(String.format(strings.getString("status.failed"), e.label(), e.errorProperty().get()));
                break;
            default:
                HostTopology t = e.topologyProperty().get();
                statusLabel.setText(String.format(strings.getString("status.read"), t.name(), t.devices().size(),
                        e.lastRefreshProperty().get().withNano(0)));
        }
    }

    private static TreeItem<Device> item(DeviceNode n) {
        TreeItem<Device> it = new TreeItem<>(n.device(), KindIcons.icon(n.device().kind()));
        it.setExpanded(true);
        n.children().forEach(c -> it.getChildren().add(item(c)));
        return it;
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
        return s == null ? "—" : s;
    }

    private static String stateText(Device d) {
        String s = d.state() == null ? "—" : d.state().wireName();
        return Boolean.FALSE.equals(d.carrier()) ? s + " (no carrier)" : s;
    }

    private String statusLine(HostEntry e) {
        switch (e.statusProperty().get()) {
            case READING:
                return strings.getString("host.reading");
            case FAILED:
                return strings.getString("host.failed");
            default:
                return e.topologyProperty().get().name();
        }
    }

    /** A host with its icon and status. */
    private final class HostCell extends ListCell<HostEntry> {
        @Override
        protected void updateItem(HostEntry e, boolean empty) {
            super.updateItem(e, empty);
            textProperty().unbind();
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> e.label() + "\n" + statusLine(e), e.statusProperty()));
            setGraphic(new HBox(KindIcons.host()));
        }
    }
}
