package io.patchbay.ui;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.LibvirtDomainDevices;
import io.patchbay.ops.VnicService;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.hosts.HostRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * Screenshots of the change flow on the real screen (the preview window and the drag hint are
 * separate from the main window's scene, so the whole X screen is captured with ImageMagick's
 * {@code import}): run under Xvfb with the lab up, e.g.
 * {@code xvfb-run -s "-screen 0 1600x1000x24" java -Dtestfx.robot=glass -cp ... io.patchbay.ui.ChangeScreenshots docs/screenshots}.
 * Adds a vNIC 52:54:00:a6:00:20 to pbguest1 on pbbr0 and removes it at the end. Arguments:
 * {@code OUTDIR [light|dark] [SUFFIX]}: the theme, and what the file names end with (e.g. {@code -ja}
 * for a run with {@code -Duser.language=ja}, {@code -dark} for the dark ones).
 */
public final class ChangeScreenshots {
    private static final String HOST = "lab-libvirt";
    private static final String MAC = "52:54:00:a6:00:20";

    private ChangeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        boolean dark = args.length > 1 && args[1].equals("dark");
        String suffix = args.length > 2 ? args[2] : "";
        Files.createDirectories(out);
        Lab lab = Lab.load();
        vnic(lab, new VnicIntent.Add("pbguest1", "bridge", "pbbr0", MAC, null, "virtio", ScopeRequest.DEFAULT));
        ConsoleFixture app = new ConsoleFixture(SshSettings.defaults(), Files.createTempDirectory("pb-shots"));
        try {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(() -> {
                Stage stage = new Stage();
                app.start(stage);
                stage.setX(0);
                stage.setY(0);
                ShotSize.chosen().applyTo(stage);
                io.patchbay.ui.main.Themes.apply(stage.getScene(), dark);
                app.controller().addHost(new HostRequest(HOST, null, lab.libvirtUri(), null));
                started.countDown();
            });
            started.await(20, TimeUnit.SECONDS);
            String tap = Await.value("the vNIC on the graph", Duration.ofSeconds(30), () -> {
                var s = app.viewModel().topology().sceneProperty().get();
                return java.util.Optional.ofNullable(s == null ? null : VnicRef.nodeOf(s.graph().subjects(), HOST, "pbguest1", MAC));
            });
            FxRobot robot = new FxRobot();
            robot.interact(() -> app.controller().graph().fit());
            DrawnFrames.await(5);
            robot.drag(app.controller().graph().nodeView(tap), MouseButton.PRIMARY)
                    .moveTo(app.controller().graph().nodeView(HOST + "/pbbr1"));
            DrawnFrames.await(5);
            capture(out.resolve("change-drag" + suffix + ".png"));
            robot.drop();
            Await.until("the preview", Duration.ofSeconds(30),
                    () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.PREVIEW);
            // after the platform's drag loop the window repaints on the next input event
            robot.moveTo(app.controller().graph().nodeView(HOST + "/vm:pbguest1"));
            DrawnFrames.await(5);
            capture(out.resolve("change-preview" + suffix + ".png"));
            robot.interact(() -> robot.lookup("#" + io.patchbay.ui.change.PreviewDialog.APPLY_ID)
                    .queryButton().fire());
            Await.until("the move applied and journaled", Duration.ofSeconds(60),
                    () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.IDLE
                            && app.viewModel().topology().pending().isEmpty()
                            && !app.viewModel().changes().changes().isEmpty());
            robot.interact(() -> robot.lookup("#bottomTabs").queryAs(javafx.scene.control.TabPane.class)
                    .getSelectionModel().select(1));
            robot.interact(() -> app.viewModel().topology().selectedProperty().set(tap));
            DrawnFrames.await(5);
            capture(out.resolve("change-applied" + suffix + ".png"));
        } finally {
            vnic(lab, new VnicIntent.Remove("pbguest1", MAC, ScopeRequest.DEFAULT, Planner.DEFAULT_WAIT));
            Platform.exit();
        }
    }

    /** Applies {@code intent} to the lab's libvirt host straight through the service (set-up and clean-up of screenshots). */
    static void vnic(Lab lab, VnicIntent intent) throws Exception {
        try (LibvirtDomainDevices d = new LibvirtDomainDevices(lab.libvirtUri(), null)) {
            VnicService s = new VnicService(d, HOST, List.of(), null, null, null, null);
            Outcome o = s.apply(s.plan(intent, false));
            System.out.println(o.message());
        }
    }


    /** The whole X screen into {@code file} (ImageMagick's {@code import}). */
    static void capture(Path file) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import could not capture the screen into " + file);
        }
        System.out.println("wrote " + file);
    }
}
