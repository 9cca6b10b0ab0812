package io.patchbay.ui;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.ops.HostState;
import io.patchbay.ops.DomainState;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeBackend;
import io.patchbay.ui.change.ChangeTarget;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.ConsoleIdentity;
import io.patchbay.ui.change.PreviewDialog;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.notify.Notifications;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Dialog;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * Screenshots of the feedback around a change, on the real screen under Xvfb with the lab up:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -Dtestfx.robot=glass -cp ... io.patchbay.ui.FeedbackScreenshots docs/screenshots}.
 * The inspector of pbguest2 (two vNICs: one section each, with its tap's kernel facts); the success
 * note after a move (a vNIC 52:54:00:a6:00:2f is added to pbguest3 for it and removed at the end);
 * the preview of a live add on a VM whose root ports are all taken (the real planner on a crafted
 * q35 domain: the lab's guests are left as they are).
 */
public final class FeedbackScreenshots {
    private static final String HOST = "lab-libvirt";
    private static final String MAC = "52:54:00:a6:00:2f";

    private FeedbackScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Lab lab = Lab.load();
        ChangeScreenshots.vnic(lab, new VnicIntent.Add("pbguest3", "bridge", "pbbr0", MAC, null, "virtio", ScopeRequest.DEFAULT));
        ConsoleFixture app = new ConsoleFixture(SshSettings.defaults(), Files.createTempDirectory("pb-shots"));
        Stage[] stage = new Stage[1];
        try {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(() -> {
                stage[0] = new Stage();
                app.start(stage[0]);
                stage[0].setX(0);
                stage[0].setY(0);
                stage[0].setWidth(1600);
                stage[0].setHeight(1000);
                app.controller().addHost(new HostRequest(HOST, null, lab.libvirtUri(), null));
                started.countDown();
            });
            started.await(20, TimeUnit.SECONDS);
            String tap = Await.value("the vNIC on the graph", Duration.ofSeconds(30), () -> {
                var s = app.viewModel().topology().sceneProperty().get();
                return Optional.ofNullable(s == null ? null : VnicRef.nodeOf(s.graph().subjects(), HOST, "pbguest3", MAC));
            });
            FxRobot robot = new FxRobot();
            robot.interact(() -> {
                app.controller().graph().fit();
                app.viewModel().topology().selectedProperty().set(TopologyGraph.vmId(HOST, "pbguest2"));
            });
            DrawnFrames.await(5);
            // the end of the first vNIC (its tap's kernel facts) and the second vNIC's section in view
            robot.interact(() -> {
                javafx.scene.control.TableView<io.patchbay.ui.inspector.Fact> t = robot.lookup("#inspector").query();
                int second = -1;
                int seen = 0;
                for (int i = 0; i < t.getItems().size() && second < 0; i++) {
                    if (t.getItems().get(i).section()
                            && io.patchbay.ui.inspector.SubjectFacts.VNIC_SECTION.equals(t.getItems().get(i).labelKey())
                            && ++seen == 2) {
                        second = i;
                    }
                }
                t.scrollTo(Math.max(0, second - 7));
            });
            // under load the graph's labels come some frames after its boxes
            DrawnFrames.await(30);
            ChangeScreenshots.capture(out.resolve("inspector-vnic-sections.png"));
            robot.interact(() -> io.patchbay.ui.main.Themes.apply(stage[0].getScene(), true));
            DrawnFrames.await(30);
            ChangeScreenshots.capture(out.resolve("inspector-vnic-sections-dark.png"));
            robot.interact(() -> io.patchbay.ui.main.Themes.apply(stage[0].getScene(), false));

            robot.drag(app.controller().graph().nodeView(tap), MouseButton.PRIMARY)
                    .moveTo(app.controller().graph().nodeView(HOST + "/pbbr1"));
            robot.drop();
            Await.until("the preview", Duration.ofSeconds(30),
                    () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.PREVIEW);
            robot.interact(() -> robot.lookup("#" + PreviewDialog.APPLY_ID).queryButton().fire());
            Await.until("the success note", Duration.ofSeconds(60),
                    () -> !robot.lookup("#" + Notifications.ID).queryAll().isEmpty());
            robot.moveTo(app.controller().graph().nodeView(HOST + "/vm:pbguest3"));
            DrawnFrames.await(5);
            ChangeScreenshots.capture(out.resolve("change-notification.png"));

            noSlotPreview(robot, stage[0], app);
            DrawnFrames.await(5);
            ChangeScreenshots.capture(out.resolve("preview-no-slot.png"));
        } finally {
            ChangeScreenshots.vnic(lab, new VnicIntent.Remove("pbguest3", MAC, ScopeRequest.DEFAULT, Planner.DEFAULT_WAIT));
            Platform.exit();
        }
    }

    /** The real planner on a running q35 VM whose 8 root ports all hold a device: the preview offers config only. */
    private static void noSlotPreview(FxRobot robot, Stage owner, ConsoleFixture app) throws Exception {
        String xml = io.patchbay.ops.HotplugCapacityPlanTest.q35("pbguest9", 8, 8);
        HostState h = new HostState(HOST, "qemu:///system", true, Set.of("pbbr0", "pbbr1"), Set.of(),
                List.of(new DomainState("pbguest9", "u9", true, true, xml, xml)));
        ChangeBackend planner = (t, peers) -> new ChangeBackend.Session() {
            @Override
            public Plan plan(VnicIntent intent) throws io.patchbay.core.PatchbayException {
                return Planner.plan(h, List.of(h), intent);
            }

            @Override
            public Outcome apply(Plan plan) {
                throw new UnsupportedOperationException("a screenshot applies nothing");
            }

            @Override
            public void discard(Plan plan) {
            }

            @Override
            public String interfaceXml(String vm, String mac) {
                return null;
            }

            @Override
            public void close() {
            }
        };
        // nothing is applied here: the console's journal, changes and hosts are never reached
        ChangeViewModel change = new ChangeViewModel(BackgroundTasks.inline(), planner, ConsoleIdentity.system(),
                FXCollections.observableSet(), FXCollections.observableSet(), new io.patchbay.ui.change.AfterChange(
                        app.viewModel().journal(), app.viewModel().changes(), app.viewModel().hosts()));
        robot.interact(() -> {
            var s = app.viewModel().topology().sceneProperty().get();
            change.request(new ChangeTarget(HOST, "qemu:///system", null, null), List.of(),
                    new VnicIntent.Add("pbguest9", "bridge", "pbbr1", "52:54:00:a6:00:30", null, "virtio",
                            ScopeRequest.DEFAULT),
                    new ChangeViewModel.Context(s.graph().subjects(), app.viewModel().topologyOf(HOST), null, Map.of()));
            Dialog<?> d = PreviewDialog.show(owner, change, change.previewProperty().get());
            d.setX(owner.getX() + 360);
            d.setY(owner.getY() + 120);
        });
    }
}
