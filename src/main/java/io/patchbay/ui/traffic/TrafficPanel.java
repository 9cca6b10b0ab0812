package io.patchbay.ui.traffic;

import io.patchbay.ui.sparkline.Sparkline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The inspector's traffic part for the selected VM or vNIC: per vNIC its MAC, the latest rates
 * received and sent (the guest's point of view) beside the colours of their lines, a red line
 * when drops or errors grew, and a sparkline of the rates kept (up to the last ten minutes). Hidden when the
 * selection has no counters (a capture, a stopped VM).
 */
public final class TrafficPanel extends VBox {
    public static final String ID = "trafficPanel";
    /** The style classes of the two lines. */
    public static final String RX = "traffic-rx";
    public static final String TX = "traffic-tx";
    /** The most vNICs shown at once (a VM with more says how many are left out). */
    static final int MAX_VNICS = 3;

    private final TrafficViewModel vm;
    private final ResourceBundle strings;
    private List<TrafficKey> keys = List.of();

    public TrafficPanel(TrafficViewModel vm, ResourceBundle strings) {
        this.vm = vm;
        this.strings = strings;
        setId(ID);
        getStyleClass().add("traffic-panel");
        vm.revisionProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    /** Shows the traffic of these vNICs (the selection's). */
    public void show(List<TrafficKey> keys) {
        this.keys = List.copyOf(keys);
        redraw();
    }

    /** The sparklines shown, in order (tests). */
    public List<Sparkline> sparklines() {
        List<Sparkline> out = new ArrayList<>();
        getChildren().forEach(n -> {
            if (n instanceof VBox box) {
                box.getChildren().stream().filter(Sparkline.class::isInstance).map(Sparkline.class::cast).forEach(out::add);
            }
        });
        return out;
    }

    private void redraw() {
        List<VnicTraffic> shown = keys.stream().map(vm::of).flatMap(Optional::stream).toList();
        getChildren().clear();
        setVisible(!shown.isEmpty());
        setManaged(!shown.isEmpty());
        if (shown.isEmpty()) {
            return;
        }
        Label title = new Label(strings.getString("traffic.title"));
        title.getStyleClass().add("pane-title");
        getChildren().add(title);
        for (VnicTraffic t : shown.subList(0, Math.min(MAX_VNICS, shown.size()))) {
            getChildren().add(vnic(t));
        }
        if (shown.size() > MAX_VNICS) {
            Label more = new Label(String.format(strings.getString("traffic.more"), shown.size() - MAX_VNICS));
            more.getStyleClass().add("form-hint");
            getChildren().add(more);
        }
    }

    private VBox vnic(VnicTraffic t) {
        VBox box = new VBox(2);
        box.getStyleClass().add("traffic-vnic");
        Label mac = new Label(t.key().mac());
        mac.getStyleClass().add("traffic-mac");
        Duration span = span(t);
        Label when = new Label(String.format(strings.getString("traffic.span"), (span.toSeconds() + 59) / 60));
        when.getStyleClass().add("form-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box.getChildren().add(new HBox(mac, gap, when));
        RatePoint latest = t.latest();
        if (latest == null) {
            Label wait = new Label(strings.getString("traffic.waiting"));
            wait.getStyleClass().add("form-hint");
            wait.setWrapText(true);
            box.getChildren().add(wait);
        } else {
            box.getChildren().add(legend(latest));
        }
        if (t.loss().any()) {
            Label loss = new Label(RateText.loss(strings, t.loss()));
            loss.getStyleClass().add("traffic-loss-text");
            loss.setWrapText(true);
            box.getChildren().add(loss);
        }
        Sparkline line = new Sparkline();
        line.setMaxWidth(Double.MAX_VALUE);
        line.show(-span.toSeconds(), 0, series(t));
        line.setAccessibleText(latest == null ? strings.getString("traffic.waiting") : RateText.rates(strings, latest));
        box.getChildren().add(line);
        return box;
    }

    private HBox legend(RatePoint p) {
        Label rx = new Label(String.format(strings.getString("traffic.received"), RateText.rate(strings, p.rxBitsPerSecond())),
                swatch(RX));
        Label tx = new Label(String.format(strings.getString("traffic.sent"), RateText.rate(strings, p.txBitsPerSecond())),
                swatch(TX));
        rx.getStyleClass().add("traffic-rate");
        tx.getStyleClass().add("traffic-rate");
        return new HBox(12, rx, tx);
    }

    private static Rectangle swatch(String styleClass) {
        Rectangle r = new Rectangle(10, 3);
        r.getStyleClass().addAll("traffic-swatch", styleClass);
        return r;
    }

    /**
     * How far back the sparkline reaches: the rates kept (at most {@link VnicHistory#WINDOW}), at
     * least a minute; a console that has just started spreads its few rates over the width.
     */
    static Duration span(VnicTraffic t) {
        Duration kept = t.points().isEmpty() ? Duration.ZERO
                : Duration.between(t.points().get(0).at(), t.latest().at());
        Duration minute = Duration.ofMinutes(1);
        return kept.compareTo(minute) < 0 ? minute : kept.compareTo(VnicHistory.WINDOW) > 0 ? VnicHistory.WINDOW : kept;
    }

    /** The rates as two series, x in seconds before the latest reading. */
    private static List<Sparkline.Series> series(VnicTraffic t) {
        int n = t.points().size();
        double[] x = new double[n];
        double[] rx = new double[n];
        double[] tx = new double[n];
        RatePoint end = t.latest();
        for (int i = 0; i < n; i++) {
            RatePoint p = t.points().get(i);
            x[i] = -Duration.between(p.at(), end.at()).toMillis() / 1000.0;
            rx[i] = p.rxBitsPerSecond();
            tx[i] = p.txBitsPerSecond();
        }
        return List.of(new Sparkline.Series(RX, x, rx), new Sparkline.Series(TX, x, tx));
    }
}
