package io.patchbay.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the console's start-up time goes, from a JFR recording of one launch (see
 * docs/PERFORMANCE.md, "Where start-up time goes"): CPU samples ({@code jdk.ExecutionSample})
 * counted per thread group and, on the JavaFX application thread, per phase of the start (the
 * phase is the outermost known frame of each sample's stack), and the classes loaded per
 * package group ({@code jdk.ClassLoad}, if the recording has them).
 *
 * <pre>
 * java -cp ... io.patchbay.bench.StartupProfile RECORDING.jfr...   (several launches add up)
 * </pre>
 */
public final class StartupProfile {
    /** Phases of the FX thread, by a frame that marks them, outermost checked first. */
    private static final List<String[]> PHASES = List.of(
            new String[] {"javafx.fxml.FXMLLoader.load", "FXML: parse and build the main window's nodes"},
            new String[] {"io.patchbay.ui.main.MainController.initialize", "controller: initialize (bindings, tables, actions)"},
            new String[] {"io.patchbay.ui.main.MainViewModel.<init>", "view models"},
            new String[] {"javafx.scene.Scene.doCSSPass", "CSS of the scene (skins, styles)"},
            new String[] {"javafx.scene.Scene.doLayoutPass", "layout of the scene"},
            new String[] {"javafx.scene.Parent.layout", "layout of the scene"},
            new String[] {"com.sun.javafx.tk.Toolkit.firePulse", "other pulse work"},
            new String[] {"com.sun.javafx.application.LauncherImpl", "toolkit and application start"},
            new String[] {"com.sun.javafx.application.PlatformImpl", "toolkit and application start"});

    private static final String FX_THREAD = "JavaFX application thread";

    private StartupProfile() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> threads = new TreeMap<>();
        Map<String, Integer> fxPhases = new TreeMap<>();
        Map<String, Integer> fxTop = new TreeMap<>();
        Map<String, Integer> fxSkins = new TreeMap<>();
        Map<String, Integer> classes = new TreeMap<>();
        double compileMs = 0;
        int samples = 0;
        List<RecordedEvent> events = new ArrayList<>();
        for (String file : args) {
            events.addAll(RecordingFile.readAllEvents(Path.of(file)));
        }
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                String thread = threadGroup(e.getThread("sampledThread").getJavaName());
                threads.merge(thread, 1, Integer::sum);
                if (thread.equals(FX_THREAD)) {
                    fxPhases.merge(phase(e.getStackTrace()), 1, Integer::sum);
                    fxTop.merge(library(e.getStackTrace()), 1, Integer::sum);
                    fxSkins.merge(skin(e.getStackTrace()), 1, Integer::sum);
                }
            } else if (type.equals("jdk.Compilation")) {
                compileMs += e.getDuration().toNanos() / 1e6;
            } else if (type.equals("jdk.ClassLoad")) {
                classes.merge(packageGroup(e.getClass("loadedClass").getName()), 1, Integer::sum);
            }
        }
        System.out.println("CPU samples (jdk.ExecutionSample) per thread, of " + samples + ":");
        print(threads);
        System.out.println("\nJavaFX application thread, per phase:");
        print(fxPhases);
        System.out.println("\nJavaFX application thread, per library of the topmost frame:");
        print(fxTop);
        System.out.println("\nJavaFX application thread, per control skin being built or laid out (outermost):");
        print(fxSkins);
        System.out.printf("%nJIT compilations (jdk.Compilation), summed: %.0f ms over %d recording(s)%n", compileMs, args.length);
        if (!classes.isEmpty()) {
            System.out.println("\nClasses loaded, per package group:");
            print(classes);
        }
    }

    private static void print(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(c -> System.out.printf("%6d %5.1f %%  %s%n", c.getValue(), 100.0 * c.getValue() / total, c.getKey()));
    }

    private static String threadGroup(String name) {
        if (name == null) {
            return "?";
        }
        if (name.equals("JavaFX Application Thread") || name.equals("GtkNativeMainLoopThread")) {
            return FX_THREAD; // with the GTK glass, the FX thread runs GTK's main loop under this name
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT compiler";
        }
        return name.replaceAll("[-# ]?\\d+$", "");
    }

    private static String phase(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (String[] p : PHASES) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                String m = frames.get(i).getMethod().getType().getName() + "." + frames.get(i).getMethod().getName();
                if (m.startsWith(p[0])) {
                    return p[1];
                }
            }
        }
        return "other";
    }

    /** The library of the deepest frame that is not the JDK's: where the thread spends its CPU. */
    private static String library(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        for (RecordedFrame f : stack.getFrames()) {
            String group = packageGroup(f.getMethod().getType().getName());
            if (!group.startsWith("java.") && !group.startsWith("jdk.") && !group.startsWith("sun.")) {
                return group;
            }
        }
        return packageGroup(stack.getFrames().get(0).getMethod().getType().getName()) + " (JDK only)";
    }

    /** The outermost skin or control class on the stack: which part of the window the time is for. */
    private static String skin(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            String type = frames.get(i).getMethod().getType().getName();
            if (type.startsWith("javafx.scene.control.skin.") || type.startsWith("io.patchbay.ui.topology.")) {
                return type.replaceAll("\\$.*", "");
            }
        }
        return "(no skin)";
    }

    static String packageGroup(String className) {
        String[] parts = className.replaceAll("\\$.*", "").split("\\.");
        int keep = className.startsWith("io.patchbay.") ? 4 : 3;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(keep, parts.length - 1); i++) {
            b.append(i == 0 ? "" : ".").append(parts[i]);
        }
        return b.toString();
    }
}
