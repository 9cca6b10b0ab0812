package io.patchbay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The time JavaFX spends producing each frame, from its own JFR events ({@code javafx.PulsePhase}:
 * CSS, layout, bounds, copy to the render graph on the FX thread; painting and present on the
 * render thread). A frame's time is the sum of its phases, without "Waiting for previous
 * rendering" (idle time, not work). Start before the scripted frames, stop after.
 */
final class PulseFrameTimes implements AutoCloseable {
    private static final String EVENT = "javafx.PulsePhase";
    private static final String WAITING = "Waiting for previous rendering";
    private final Recording recording = new Recording();
    private final Map<String, Double> phaseTotals = new TreeMap<>();

    PulseFrameTimes() {
        recording.enable(EVENT).withThreshold(Duration.ZERO);
        recording.start();
    }

    /** Stops recording; returns each pulse's frame time in ms for pulses that started in [from, to]. */
    List<Double> stop(Instant from, Instant to) throws IOException {
        recording.stop();
        Path file = Files.createTempFile("pulses", ".jfr");
        try {
            recording.dump(file);
            Map<Integer, double[]> byPulse = new TreeMap<>();
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (!e.getEventType().getName().equals(EVENT)) {
                    continue;
                }
                int pulse = e.getInt("pulseId");
                if (e.getStartTime().toEpochMilli() >= from.toEpochMilli() && e.getStartTime().toEpochMilli() <= to.toEpochMilli()) {
                    phaseTotals.merge(String.valueOf(e.getString("phaseName")), e.getDuration().toNanos() / 1e6, Double::sum);
                }
                double[] p = byPulse.computeIfAbsent(pulse, k -> new double[] {0, Double.MAX_VALUE});
                p[1] = Math.min(p[1], e.getStartTime().toEpochMilli());
                if (!WAITING.equals(e.getString("phaseName"))) { // a null name is a phase without a name
                    p[0] += e.getDuration().toNanos() / 1e6;
                }
            }
            List<Double> frames = new ArrayList<>();
            for (double[] p : byPulse.values()) {
                if (p[1] >= from.toEpochMilli() && p[1] <= to.toEpochMilli()) {
                    frames.add(p[0]);
                }
            }
            return frames;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Total ms per phase over the pulses of the last {@link #stop}, for seeing where the time goes. */
    Map<String, Double> phaseTotals() {
        return phaseTotals;
    }

    @Override
    public void close() {
        recording.close();
    }
}
