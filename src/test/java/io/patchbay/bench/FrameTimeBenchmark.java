package io.patchbay.bench;

import io.patchbay.layout.GeneratedTopology;
import io.patchbay.layout.LayeredLayout;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.GraphView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * pulses: an AnimationTimer pans (or zooms) a little on every pulse and records the time between
 * pulses. The baseline is the same window with an empty graph, measured in the same run.
 * Target: p95 at most 16.7 ms. Run under Xvfb:
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
        report("baseline, empty graph, pan", measure(view, empty, Mode.PAN_FIT));
        report("2000 nodes, whole graph in view (fit), pan", measure(view, big, Mode.PAN_FIT));
        report("2000 nodes, whole graph in view (fit), zoom", measure(view, big, Mode.ZOOM_FIT));
        report("2000 nodes, zoom 1.0, pan", measure(view, big, Mode.PAN_NEAR));
        Platform.exit();
    }

    private enum Mode { PAN_FIT, ZOOM_FIT, PAN_NEAR }

    private static List<Double> measure(GraphView view, GraphScene scene, Mode mode) throws Exception {
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            view.show(scene);
            view.fit();
            if (mode == Mode.PAN_NEAR) {
                view.zoom(1 / view.zoomLevel(), 0, 0);
            }
            List<Double> gaps = new ArrayList<>();
            new AnimationTimer() {
                private long last;
                private int frame;

                @Override
                public void handle(long now) {
                    if (frame > 20 && last != 0) { // skip the warm-up frames
                        gaps.add((now - last) / 1e6);
                    }
                    last = now;
                    frame++;
                    double phase = Math.sin(frame / 15.0);
                    switch (mode) {
                        case ZOOM_FIT -> view.zoom(phase > 0 ? 1.01 : 1 / 1.01, 700, 450);
                        default -> view.pan(phase * 6, phase * 2);
                    }
                    if (gaps.size() == FRAMES) {
                        stop();
                        done.complete(gaps);
                    }
                }
            }.start();
        });
        return done.get(120, TimeUnit.SECONDS);
    }

    private static void report(String what, List<Double> gaps) {
        List<Double> s = new ArrayList<>(gaps);
        Collections.sort(s);
        double p50 = s.get(s.size() / 2);
        double p95 = s.get((int) Math.ceil(s.size() * 0.95) - 1);
        double max = s.get(s.size() - 1);
        System.out.printf("%-48s frames %d  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", what, s.size(), p50, p95, max);
        BenchLine.print("frame." + what.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""),
                "p50_ms", p50, "p95_ms", p95, "max_ms", max, "frames", s.size());
    }
}
