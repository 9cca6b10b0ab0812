package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostKeyPrompt;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.topology.GraphScene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
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
 * The console against the lab: its sshd on 127.0.0.1:2222 with an empty known_hosts (the host-key
 * dialog appears and the choice is honoured) and libvirtd with the guests pbguest1/2.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class ConsoleLabTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Lab LAB = Lab.load();
    @TempDir
    static Path dir;
    private ConsoleFixture app;
    private Path knownHosts;

    @Start
    void start(Stage stage) throws Exception {
        knownHosts = Files.createTempFile(dir, "known_hosts", "");
        SshSettings ssh = SshSettings.forHome(dir, Optional.empty()).withKnownHosts(knownHosts)
                .withIdentityFiles(java.util.List.of(LAB.key())).withSshConfig(dir.resolve("no-config"));
        app = new ConsoleFixture(ssh);
        app.start(stage);
    }

    private String target() {
        return LAB.user() + "@" + LAB.sshdAddress() + ":" + LAB.sshdPort();
    }

    private DialogPane awaitHostKeyDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> robot.lookup("#" + HostKeyPrompt.DIALOG_ID).tryQuery().isPresent());
        return robot.lookup("#" + HostKeyPrompt.DIALOG_ID).query();
    }

    @Test
    void anUnknownKeyAsksAndAcceptAndRememberConnectsAndStoresIt(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("loop", target(), null, null)));
        DialogPane d = awaitHostKeyDialog(robot);
        String fingerprint = Lab.runCommand(Duration.ofSeconds(10), "ssh-keygen", "-lf", LAB.sshdHostKeyPub().toString())
                .get(0).split(" ")[1];
        assertThat(d.getContentText()).contains(fingerprint).contains("ED25519");
        assertThat(d.getHeaderText()).contains("[127.0.0.1]:2222");
        robot.clickOn((Node) robot.lookup("#hostKeyAcceptRemember").query());
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        assertThat(Files.readString(knownHosts)).contains("[127.0.0.1]:2222 ssh-ed25519 ");
        GraphScene s = app.awaitScene(WAIT, x -> x.graph().graph().hosts().contains(e.topologyProperty().get().name()));
        assertThat(s.layout().nodes().keySet()).anyMatch(id -> id.endsWith("/lo"));
        assertThat(app.viewModel().journal().entries()).anyMatch(j -> j.kind().equals("command") && j.text().contains("ip -j"));
    }

    @Test
    void refusingTheKeyDoesNotConnectAndStoresNothing(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("loop", target(), null, null)));
        awaitHostKeyDialog(robot);
        robot.clickOn((Node) robot.lookup("#hostKeyRefuse").query());
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).isEqualTo(HostEntry.Status.FAILED);
        assertThat(e.errorProperty().get()).contains("not known");
        assertThat(Files.readString(knownHosts)).isEmpty();
        assertThat(e.topologyProperty().get()).isNull();
    }

    @Test
    void acceptOnceConnectsWithoutStoringTheKey(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("loop", target(), null, null)));
        awaitHostKeyDialog(robot);
        robot.clickOn((Node) robot.lookup("#hostKeyAcceptOnce").query());
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        assertThat(Files.readString(knownHosts)).isEmpty();
    }

    @Test
    void aLibvirtHostAppearsWithItsVms(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("lab-libvirt", null, LAB.libvirtUri(), null)));
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        GraphScene s = app.awaitScene(WAIT, x -> x.graph().graph().hosts().contains("lab-libvirt"));
        for (String guest : LAB.guests()) {
            assertThat(s.layout().nodes()).containsKey("lab-libvirt/vm:" + guest);
        }
        // a running guest's vNIC is drawn as its tap (a port of a lab bridge) linked to the VM
        assertThat(s.layout().edges()).anyMatch(x -> x.to().equals("lab-libvirt/vm:pbguest1") && x.kind().equals("vnic"));
    }

    @Test
    void aVmStartedWithVirshOutsideTheConsoleAppearsByLibvirtEvents(FxRobot robot) throws Exception {
        robot.interact(() -> app.controller().addHost(new HostRequest("lab-libvirt", null, LAB.libvirtUri(), null)));
        app.awaitScene(WAIT, x -> x.graph().graph().hosts().contains("lab-libvirt"));
        // the timer is off: the change must come from libvirt's events
        javafx.scene.control.Spinner<Integer> every = robot.lookup("#refreshSpinner").query();
        robot.interact(() -> every.getValueFactory().setValue(0));
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().hosts().isWatched(e));
        // a transient guest of this test's own, on a lab bridge; nobody else uses it
        Path xml = dir.resolve("pbui-probe.xml");
        Files.writeString(xml, "<domain type='qemu'><name>pbui-probe</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                + "<os><type arch='x86_64' machine='q35'>hvm</type></os><devices><interface type='bridge'>"
                + "<source bridge='" + LAB.bridges().get(0) + "'/><mac address='52:54:00:e5:00:01'/><model type='virtio'/>"
                + "</interface></devices></domain>");
        Lab.runCommand(Duration.ofSeconds(30), "virsh", "-c", LAB.libvirtUri(), "create", xml.toString());
        try {
            GraphScene s = app.awaitScene(WAIT, x -> x.layout().nodes().containsKey("lab-libvirt/vm:pbui-probe"));
            assertThat(s.layout().edges()).anyMatch(x -> x.to().equals("lab-libvirt/vm:pbui-probe") && x.kind().equals("vnic"));
        } finally {
            Lab.runCommand(Duration.ofSeconds(30), "virsh", "-c", LAB.libvirtUri(), "destroy", "pbui-probe");
        }
        app.awaitScene(WAIT, x -> !x.layout().nodes().containsKey("lab-libvirt/vm:pbui-probe"));
    }
}
