package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.console.LocalLibvirtProblem;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.ops.Plan;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeTarget;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.change.DropRule;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.topology.GraphScene;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "This computer" with the lab's libvirtd as its local daemon: its VMs on the one box, events and
 * changes like any libvirt host; with a daemon that does not answer, the hint and the devices; and
 * the lab's URI added while it is shown joins it (one box, now with VMs).
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class ThisComputerLabTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Lab LAB = Lab.load();
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void stage(Stage stage) {
        this.stage = stage;
    }

    /** The console in this test's window, with "This computer" probing {@code probes}; waits for its first read. */
    private ConsoleFixture start(FxRobot robot, List<String> probes) throws Exception {
        SshSettings ssh = SshSettings.forHome(dir, java.util.Optional.empty()).withKnownHosts(LAB.knownHosts())
                .withIdentityFiles(List.of(LAB.key())).withSshConfig(dir.resolve("no-config"));
        ConsoleFixture app = ConsoleFixture.withThisComputer(ssh, dir, probes);
        robot.interact(() -> app.start(stage));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().hosts().hosts().size() == 1
                && app.viewModel().hosts().hosts().get(0).statusProperty().get() != HostEntry.Status.READING);
        HostEntry e = thisComputer(app);
        assertThat(e.label()).isEqualTo(Fxml.strings().getString("hosts.thisComputer"));
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        return app;
    }

    private static HostEntry thisComputer(ConsoleFixture app) {
        return app.viewModel().hosts().hosts().get(0);
    }

    /** A daemon socket nobody listens on: the probe's "not running". */
    private String silentDaemon() {
        return "qemu:///system?socket=" + dir.resolve("no-libvirtd.sock");
    }

    private static GraphScene awaitGuests(ConsoleFixture app, String host) throws Exception {
        return app.awaitScene(WAIT, x -> LAB.guests().stream()
                .allMatch(g -> x.layout().nodes().containsKey(host + "/vm:" + g)));
    }

    private static String hostCellText(FxRobot robot) {
        ListView<HostEntry> list = robot.lookup("#hostList").query();
        return robot.from(list).lookup(".list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }

    @Test
    void thisComputerShowsTheLabGuestsFollowsEventsAndPlansAMove(FxRobot robot) throws Exception {
        ConsoleFixture app = start(robot, List.of(LAB.libvirtUri()));
        HostEntry e = thisComputer(app);
        String host = e.topologyProperty().get().name();
        GraphScene s = awaitGuests(app, host);
        assertThat(e.libvirtProblemProperty().get()).isNull();
        assertThat(e.topologyProperty().get().sources()).contains("local", "libvirt");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().hosts().isWatched(e));

        // a vNIC of pbguest1 on one lab bridge, dragged onto the other: accepted, and planned like any libvirt host's
        HostTopology t = e.topologyProperty().get();
        Vm guest = t.vms().stream().filter(v -> v.name().equals("pbguest1")).findFirst().orElseThrow();
        Vnic nic = guest.vnics().stream().filter(n -> LAB.bridges().contains(n.sourceName())).findFirst().orElseThrow();
        String to = LAB.bridges().stream().filter(b -> !b.equals(nic.sourceName())).findFirst().orElseThrow();
        String tapNode = VnicRef.nodeOf(s.graph().subjects(), host, guest.name(), nic.mac());
        assertThat(tapNode).as("pbguest1's vNIC on the graph").isNotNull();
        ChangeTarget target = app.viewModel().changeTarget(host).orElseThrow();
        assertThat(target.uri()).isEqualTo(LAB.libvirtUri());
        assertThat(target.hostReader().get()).as("the tap check reads this computer").isNotNull();
        DropRule.Verdict v = DropRule.check(s.graph().subjects(), tapNode, host + "/" + to,
                h -> app.viewModel().changeTarget(h).isPresent(), ScopeRequest.DEFAULT);
        assertThat(v.accepted()).as(String.valueOf(v.message())).isTrue();

        robot.interact(() -> app.viewModel().change().request(target, app.viewModel().peersOf(host),
                new VnicIntent.Move(guest.name(), nic.mac(), to, ScopeRequest.DEFAULT),
                new ChangeViewModel.Context(s.graph().subjects(), t, nic.sourceName(), app.viewModel().managedHosts())));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> app.viewModel().change().phaseProperty().get() != ChangeViewModel.Phase.PLANNING);
        ChangeViewModel.Preview preview = app.viewModel().change().previewProperty().get();
        assertThat(preview).as("a preview; status: " + app.viewModel().change().statusProperty().get()).isNotNull();
        Plan plan = preview.plan();
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MOVE);
        assertThat(plan.host()).isEqualTo(host);
        assertThat(plan.bridge()).isEqualTo(to);
        assertThat(plan.mac()).isEqualToIgnoringCase(nic.mac());
        // only planned: cancelled, the shared guest stays as it is
        robot.interact(() -> app.viewModel().change().cancel());
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> app.viewModel().change().phaseProperty().get() == ChangeViewModel.Phase.IDLE);
        String after = String.join("\n", Lab.runCommand(Duration.ofSeconds(10), "virsh", "-c", LAB.libvirtUri(),
                "domiflist", guest.name()));
        assertThat(after).contains(nic.mac().toLowerCase(java.util.Locale.ROOT)).contains(nic.sourceName());
    }

    @Test
    void withoutAnAnsweringDaemonThisComputerShowsTheHintAndItsDevices(FxRobot robot) throws Exception {
        ConsoleFixture app = start(robot, List.of(silentDaemon()));
        HostEntry e = thisComputer(app);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.libvirtProblemProperty().get() != null);
        assertThat(e.libvirtProblemProperty().get()).isEqualTo(LocalLibvirtProblem.NOT_RUNNING);
        HostTopology t = e.topologyProperty().get();
        assertThat(t.vms()).isEmpty();
        assertThat(t.devices()).anyMatch(d -> d.name().equals("lo"));
        assertThat(t.devices()).anyMatch(d -> d.name().equals(LAB.bridges().get(0)));
        app.awaitScene(WAIT, x -> x.layout().nodes().containsKey(t.name() + "/lo"));
        assertThat(app.viewModel().changeTarget(t.name())).isEmpty();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> hostCellText(robot)
                .contains(Fxml.strings().getString(LocalLibvirtProblem.NOT_RUNNING.messageKey())));
        assertThat(hostCellText(robot)).startsWith(e.label() + "\n");
    }

    @Test
    void addingTheLocalDaemonWhileThisComputerIsShownLeavesOneBoxNowWithVms(FxRobot robot) throws Exception {
        ConsoleFixture app = start(robot, List.of(silentDaemon()));
        HostEntry e = thisComputer(app);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.libvirtProblemProperty().get() != null);
        String host = e.topologyProperty().get().name();
        assertThat(e.topologyProperty().get().vms()).isEmpty();

        robot.interact(() -> app.controller().addHost(new HostRequest("lab", null, LAB.libvirtUri(), null)));
        assertThat(app.viewModel().hosts().hosts()).containsExactly(e);
        GraphScene s = awaitGuests(app, host);
        assertThat(s.graph().graph().hosts()).containsExactly(host);
        assertThat(app.viewModel().hosts().hosts()).containsExactly(e);
        assertThat(e.libvirtProblemProperty().get()).isNull();
        assertThat(app.viewModel().changeTarget(host).orElseThrow().uri()).isEqualTo(LAB.libvirtUri());
        // the one box reads the daemon once: one entry in the new-VM dialog's list, not two
        assertThat(app.viewModel().newVmHosts()).hasSize(1);
    }

    @Test
    void anSshHostThatReadsThisComputerJoinsItAfterItsRead(FxRobot robot) throws Exception {
        ConsoleFixture app = start(robot, List.of(LAB.libvirtUri()));
        HostEntry e = thisComputer(app);
        String host = e.topologyProperty().get().name();
        awaitGuests(app, host);
        // the lab's sshd on loopback reads this very machine: same host name, machine id and network namespace
        String loop = LAB.user() + "@" + LAB.sshdAddress() + ":" + LAB.sshdPort();
        robot.interact(() -> app.controller().addHost(new HostRequest("loop", loop, null, null)));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> app.viewModel().hosts().hosts().size() == 1 && app.viewModel().journal().entries().stream()
                        .anyMatch(j -> j.host().equals("loop") && j.kind().equals("command")));
        assertThat(app.viewModel().hosts().hosts()).containsExactly(e);
        GraphScene s = awaitGuests(app, host);
        assertThat(s.graph().graph().hosts()).containsExactly(host);
        assertThat(e.topologyProperty().get().sources()).containsExactly("local", "libvirt");
    }
}
