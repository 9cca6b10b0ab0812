package io.patchbay.bench;

import io.patchbay.layout.GeneratedTopology;
import io.patchbay.layout.LayeredLayout;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Pan/zoom frame time of the graph with a 2,000-node host on the software pipeline, from real
 * pulses: an AnimationTimer pans (or zooms) a little on every pulse. Two figures per scenario:
 * the frame time itself, i.e. the work JavaFX does for each pulse (CSS, layout, sync, painting,
 * present; from its JFR pulse-phase events, {@link PulseFrameTimes}), and the interval between
 * pulses (which at 60 Hz cannot go below 16.7 ms and mostly shows machine load). The baseline is
 * the same window with an empty graph, measured in the same run. Target: frame time p95 at most
 * 16.7 ms. Prints {@code BENCH frame-...} lines. Run under Xvfb:
 * <pre>
 * xvfb-run -s "-screen 0 1600x1000x24" java -Dprism.order=sw -cp target-ui/test-classes:target-ui/classes:$CP \
 *     io.patchbay.bench.FrameTimeBenchmark
 * </pre>
 */
public final class FrameTimeBenchmark {
    private static final int FRAMES = 300;

    private FrameTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TopologyGraph g = TopologyGraph.of(List.of(GeneratedTopology.host("bench", 2000)), Set.of());
        GraphScene big = new GraphScene(g, LayeredLayout.compute(g.graph()));
        TopologyGraph none = TopologyGraph.of(List.of(), Set.of());
        GraphScene empty = new GraphScene(none, LayeredLayout.compute(none.graph()));
        // JavaFX sends its pulse-phase events only if JFR is up when the toolkit starts
        jdk.jfr.FlightRecorder.getFlightRecorder();
        CompletableFuture<GraphView> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            GraphView view = new GraphView();
            Scene scene = new Scene(new StackPane(view), 1400, 900);
            Themes.apply(scene, false);
            stage.setScene(scene);
            stage.show();
            ready.complete(view);
        });
        GraphView view = ready.get(20, TimeUnit.SECONDS);
        System.out.println("pipeline: " + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName());
        try {
            run(view, big, empty);
        } finally {
            Platform.exit();
        }
    }

    private static void run(GraphView view, GraphScene big, GraphScene empty) throws Exception {
        Result baseline = measure(view, empty, Mode.PAN_FIT);
        report("baseline, empty graph, pan", "frame-baseline", baseline, baseline);
        report("2000 nodes, whole graph in view (fit), pan", "frame-pan-fit", measure(view, big, Mode.PAN_FIT), baseline);
        report("2000 nodes, whole graph in view (fit), zoom", "frame-zoom-fit", measure(view, big, Mode.ZOOM_FIT), baseline);
        report("2000 nodes, zoom 1.0, pan", "frame-pan", measure(view, big, Mode.PAN_NEAR), baseline);
        report("2000 nodes, zoom 1.0, zoom", "frame-zoom", measure(view, big, Mode.ZOOM_NEAR), baseline);
        report("2000 nodes, zoom across the detail level", "frame-zoom-detail", measure(view, big, Mode.ZOOM_ACROSS), baseline);
    }

    /** ZOOM_ACROSS swings between zoom 0.16 and 1.0, through the level of detail (0.4) about every 47 frames. */
    private enum Mode { PAN_FIT, ZOOM_FIT, PAN_NEAR, ZOOM_NEAR, ZOOM_ACROSS }

    /** Frame times (work per pulse, from JavaFX's JFR events) and intervals between pulses, in ms. */
    private record Result(List<Double> frames, List<Double> gaps) {
    }

    private static Result measure(GraphView view, GraphScene scene, Mode mode) throws Exception {
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        Instant[] window = new Instant[2];
        try (PulseFrameTimes pulses = new PulseFrameTimes()) {
            Platform.runLater(() -> {
                view.show(scene);
                view.fit();
                if (mode == Mode.PAN_NEAR || mode == Mode.ZOOM_NEAR) {
                    view.zoom(1 / view.zoomLevel(), 0, 0);
                } else if (mode == Mode.ZOOM_ACROSS) {
                    view.zoom(0.4 / view.zoomLevel(), 0, 0);
                }
                List<Double> gaps = new ArrayList<>();
                new AnimationTimer() {
                    private long last;
                    private int frame;

                    @Override
                    public void handle(long now) {
                        if (frame > 20 && last != 0) { // skip the warm-up frames
                            if (window[0] == null) {
                                window[0] = Instant.now();
                            }
                            gaps.add((now - last) / 1e6);
                        }
                        last = now;
                        frame++;
                        double phase = Math.sin(frame / 15.0);
                        switch (mode) {
                            case ZOOM_FIT -> view.zoom(phase > 0 ? 1.01 : 1 / 1.01, 700, 450);
                            case ZOOM_NEAR -> view.zoom(phase > 0 ? 1.01 : 1 / 1.01, 100, 100);
                            case ZOOM_ACROSS -> view.zoom(phase > 0 ? 1.02 : 1 / 1.02, 100, 100);
                            default -> view.pan(phase * 6, phase * 2);
                        }
                        if (gaps.size() == FRAMES) {
                            window[1] = Instant.now();
                            stop();
                            done.complete(gaps);
                        }
                    }
                }.start();
            });
            List<Double> gaps = done.get(120, TimeUnit.SECONDS);
            List<Double> frames = pulses.stop(window[0], window[1]);
            StringBuilder phases = new StringBuilder("  phases, ms per frame:");
            pulses.phaseTotals().forEach((name, ms) -> phases.append(String.format(Locale.ROOT, " %s %.2f;", name, ms / frames.size())));
            System.out.println(phases);
            return new Result(frames, gaps);
        }
    }

    private static void report(String what, String id, Result r, Result baseline) {
        double[] f = stats(r.frames());
        double[] g = stats(r.gaps());
        double[] bf = stats(baseline.frames());
        double[] bg = stats(baseline.gaps());
        List<Integer> slow = new ArrayList<>();
        for (int i = 0; i < r.frames().size(); i++) {
            if (r.frames().get(i) > 50) {
                slow.add(i);
            }
        }
        System.out.printf(Locale.ROOT, "%-46s frame time (%d): p50 %.2f ms  p95 %.2f ms  max %.1f ms | interval p50 %.1f p95 %.1f max %.1f"
                        + " | frames over 50 ms: %s%n", what, r.frames().size(), f[0], f[1], f[2], g[0], g[1], g[2], slow);
        BenchLine.print(id, "p50_ms", f[0], "p95_ms", f[1], "max_ms", f[2], "baseline_p95_ms", bf[1],
                "interval_p95_ms", g[1], "baseline_interval_p95_ms", bg[1], "frames", r.frames().size());
        // the pulse intervals, under the ids they had before the frame time was measured
        BenchLine.print("frame." + what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""),
                "p50_ms", g[0], "p95_ms", g[1], "max_ms", g[2], "frames", r.gaps().size());
    }

    /** p50, p95, max. */
    private static double[] stats(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        if (s.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        Collections.sort(s);
        return new double[] {s.get(s.size() / 2), s.get((int) Math.ceil(s.size() * 0.95) - 1), s.get(s.size() - 1)};
    }
}
