package io.patchbay.ui.hosts;

import io.patchbay.ui.common.SentenceText;
import io.patchbay.core.PatchbayException;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The hosts pane (hosts_pane.fxml): the host list with each host's status, add / connect /
 * disconnect / remove, and the refresh timer of remote hosts. A changed host key is shown in a
 * dialog of its own.
 */
public final class HostsPane {
    /** Adds a host from what the admin asked for; bad input is refused with the reason. */
    @FunctionalInterface
    public interface Adder {
        void add(HostRequest r) throws PatchbayException;
    }

    private final HostsViewModel hosts;
    private final Adder adder;
    private final Stage stage;
    private final ResourceBundle strings;
    private Timeline refreshTimer;

    @FXML
    private ListView<HostEntry> hostList;
    @FXML
    private Spinner<Integer> refreshSpinner;

    public HostsPane(HostsViewModel hosts, Adder adder, Stage stage, ResourceBundle strings) {
        this.hosts = hosts;
        this.adder = adder;
        this.stage = stage;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        hostList.setItems(hosts.hosts());
        hostList.setCellFactory(l -> new HostCell(strings));
        hostList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> hosts.selectedProperty().set(b));
        hosts.selectedProperty().addListener((o, a, b) -> {
            if (b != null && hostList.getSelectionModel().getSelectedItem() != b) {
                hostList.getSelectionModel().select(b);
            }
        });
        hosts.setOnFailure(this::failed);
        refreshSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 3600,
                hosts.refreshSecondsProperty().get(), 5));
        refreshSpinner.valueProperty().addListener((o, a, b) -> {
            hosts.refreshSecondsProperty().set(b == null ? 0 : b);
            restartTimer();
        });
        restartTimer();
    }

    private void restartTimer() {
        if (refreshTimer != null) {
            refreshTimer.stop();
        }
        int seconds = hosts.refreshSecondsProperty().get();
        if (seconds > 0) {
            refreshTimer = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> hosts.refreshDue()));
            refreshTimer.setCycleCount(Timeline.INDEFINITE);
            refreshTimer.play();
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

    /** Asks for a host (the Add host dialog) and adds it. */
    @FXML
    public void onAddHost() {
        AddHostDialog.show(strings, stage).ifPresent(this::addHost);
    }

    /** Adds a host from a request; bad input shows one sentence and adds nothing. */
    public void addHost(HostRequest r) {
        try {
            adder.add(r);
        } catch (PatchbayException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, SentenceText.of(e.sentence()));
            a.initOwner(stage);
            a.setHeaderText(strings.getString("hosts.add.failed"));
            a.show();
        }
    }

    @FXML
    private void onConnect() {
        HostEntry e = hosts.selectedProperty().get();
        if (e != null) {
            hosts.connect(e);
        }
    }

    @FXML
    private void onDisconnect() {
        HostEntry e = hosts.selectedProperty().get();
        if (e != null) {
            hosts.disconnect(e);
        }
    }

    @FXML
    private void onRemove() {
        HostEntry e = hosts.selectedProperty().get();
        if (e != null) {
            hosts.remove(e);
        }
    }

    /** Reads the selected host again. */
    @FXML
    private void onRefresh() {
        refreshSelected();
    }

    /** The host list (whoever wires the window brings a host picked there into view). */
    public ListView<HostEntry> list() {
        return hostList;
    }

    public void refreshSelected() {
        HostEntry e = hosts.selectedProperty().get();
        if (e != null) {
            hosts.refresh(e);
        }
    }
}
