package io.patchbay.ui.devices;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.LinkState;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.common.KindIcons;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostsViewModel;
import io.patchbay.ui.inspector.Fact;
import io.patchbay.ui.inspector.SubjectFacts;
import io.patchbay.ui.topology.TopologyViewModel;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The Devices tab: the selected host's devices as a tree (ports under their bridge, slaves under
 * their bond). Built when the tab is first selected ({@link #load}); selecting a row selects the
 * device on the graph and shows its facts in the inspector.
 */
public final class DevicesTab {
    private static final String NONE = "\u2014";

    private final HostsViewModel hosts;
    private final TopologyViewModel topology;
    private final Consumer<List<Fact>> inspect;
    private final ResourceBundle strings = Fxml.strings();

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

    private DevicesTab(HostsViewModel hosts, TopologyViewModel topology, Consumer<List<Fact>> inspect) {
        this.hosts = hosts;
        this.topology = topology;
        this.inspect = inspect;
    }

    /** The tab's content, following the selected host; {@code inspect} shows facts when the graph has no such node. */
    public static Parent load(HostsViewModel hosts, TopologyViewModel topology, Consumer<List<Fact>> inspect) {
        return Fxml.load(Fxml.File.DEVICES_TAB, type -> new DevicesTab(hosts, topology, inspect));
    }

    @FXML
    private void initialize() {
        deviceTable.setShowRoot(false);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().kind().wireName()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(stateText(c.getValue().getValue())));
        macColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orDash(c.getValue().getValue().mac())));
        mtuColumn.setCellValueFactory(c -> {
            Integer mtu = c.getValue().getValue().mtu();
            return new ReadOnlyStringWrapper(mtu == null ? NONE : mtu.toString());
        });
        addressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("  ", c.getValue().getValue().addresses())));
        deviceTable.setRowFactory(tv -> new StateRow());
        deviceTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> select(b));
        hosts.selectedProperty().addListener((o, a, b) -> render(b));
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> render(hosts.selectedProperty().get()));
        render(hosts.selectedProperty().get());
    }

    private void select(TreeItem<Device> row) {
        HostEntry e = hosts.selectedProperty().get();
        HostTopology t = e == null ? null : e.topologyProperty().get();
        if (row == null || t == null) {
            return;
        }
        topology.selectedProperty().set(TopologyGraph.deviceId(t.name(), row.getValue().name()));
        if (topology.selectedSubject() == null) {
            inspect.accept(SubjectFacts.of(new GraphSubject.OfDevice(t.name(), row.getValue())));
        }
    }

    private void render(HostEntry e) {
        HostTopology t = e == null ? null : e.topologyProperty().get();
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

    private static TreeItem<Device> item(DeviceNode n) {
        TreeItem<Device> it = new TreeItem<>(n.device(), KindIcons.icon(n.device().kind()));
        it.setExpanded(true);
        n.children().forEach(c -> it.getChildren().add(item(c)));
        return it;
    }

    private static String orDash(String s) {
        return s == null ? NONE : s;
    }

    private String stateText(Device d) {
        String s = d.state() == null ? NONE : d.state().wireName();
        return Boolean.FALSE.equals(d.carrier()) ? s + " (" + strings.getString("state.noCarrier") + ")" : s;
    }

    /** A row styled down / no carrier like the graph's boxes. */
    private static final class StateRow extends TreeTableRow<Device> {
        @Override
        protected void updateItem(Device d, boolean empty) {
            super.updateItem(d, empty);
            getStyleClass().removeAll("state-down", "no-carrier");
            if (!empty && d != null) {
                if (d.state() == LinkState.DOWN) {
                    getStyleClass().add("state-down");
                }
                if (Boolean.FALSE.equals(d.carrier())) {
                    getStyleClass().add("no-carrier");
                }
            }
        }
    }
}
