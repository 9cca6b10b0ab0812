package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash of a console with a libvirt host open under real GTK: libvirt's event loop must never
 * iterate GLib's default main context, which GTK's main loop (the JavaFX thread) owns. Runs
 * {@link GtkEventLoopProbe} in its own JVM on a fresh Xvfb (GTK glass; Monocle would never show
 * it) and checks that every {@code Platform.runLater} task and every GLib idle source ran on the
 * JavaFX thread while libvirt's events flowed, and that the JVM did not die.
 */
@Tag("lab")
class GtkEventLoopLabTest {
    private static final String FX = "JavaFX_Application_Thread";

    @TempDir
    Path dir;

    @Test
    void libvirtOpenedBeforeTheToolkitNeverRunsGtkWork() throws Exception {
        runProbe("libvirt-first");
    }

    @Test
    void libvirtOpenedAfterTheToolkitNeverRunsGtkWork() throws Exception {
        runProbe("toolkit-first");
    }

    private void runProbe(String order) throws Exception {
        Process xvfb = null;
        try {
            int display = freeDisplay();
            xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            io.patchbay.testsupport.Await.until("Xvfb :" + display + " listening", java.time.Duration.ofSeconds(30),
                    () -> Files.exists(socket));

            Path out = dir.resolve("probe-" + order + ".out");
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dprism.order=sw", "-Djava.awt.headless=true",
                    GtkEventLoopProbe.class.getName(), order));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("DISPLAY", ":" + display);
            pb.environment().remove("WAYLAND_DISPLAY");
            Process probe = pb.start();
            boolean ended = probe.waitFor(4, TimeUnit.MINUTES);
            if (!ended) {
                probe.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String log = Files.readString(out);
            assertThat(ended).as("the probe ended within 4 minutes; its output:\n" + log).isTrue();
            assertThat(probe.exitValue()).as("the probe JVM exited normally (no SIGSEGV); its output:\n" + log).isZero();
            assertThat(line(log, "GLASS")).as("real GTK glass, not Monocle").contains("Gtk");
            assertThat(line(log, "RESULT events")).as("libvirt's lifecycle events reached us")
                    .satisfies(l -> assertThat(Integer.parseInt(l.split(" ")[2])).isGreaterThan(0));
            assertThat(line(log, "RESULT loopThreads")).contains("libvirt-event-loop");
            assertThat(Long.parseLong(line(log, "RESULT loopIdleCpuMs").split(" ")[2]))
                    .as("the loop sleeps in poll(2) when idle: CPU ms over 2 idle seconds").isLessThan(200);
            assertThat(line(log, "RESULT runLater"))
                    .as("every Platform.runLater task ran on the JavaFX thread, none on libvirt's")
                    .isEqualTo("RESULT runLater done=true " + FX + "=" + GtkEventLoopProbe.TASKS);
            assertThat(line(log, "RESULT gIdle"))
                    .as("every GLib idle source on the default context ran on GTK's thread, none on libvirt's")
                    .isEqualTo("RESULT gIdle done=true " + FX + "=" + 2 * GtkEventLoopProbe.TASKS);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String line(String log, String prefix) {
        return log.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in the probe's output:\n" + log));
    }

    private static int freeDisplay() throws IOException {
        for (int n = 170; n < 230; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IOException("no free X display number between :170 and :229");
    }
}
