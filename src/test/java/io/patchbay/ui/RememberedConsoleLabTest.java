package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.settings.ConsoleSettings;
import io.patchbay.settings.RememberedHost;
import io.patchbay.settings.SettingsStore;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostKeyPrompt;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.main.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console remembers: hosts added against the lab (its sshd and its libvirtd), the window and
 * the view are back, connected, after the console is closed and started again on the same home.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class RememberedConsoleLabTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Lab LAB = Lab.load();
    @TempDir
    Path dir;

    /** SSH settings without a key of their own: the key comes with each host. */
    private SshSettings ssh(Path knownHosts) {
        return SshSettings.forHome(dir, Optional.empty()).withKnownHosts(knownHosts)
                .withSshConfig(dir.resolve("no-config"));
    }

    /**
     * A lab namespace host: another machine than this one, where the lab's libvirtd runs (the
     * loopback sshd reads this very machine, which the console joins with the lab's libvirt host).
     */
    private static String nsTarget() {
        return LAB.user() + "@" + LAB.address(LAB.hosts().get(0)) + ":22";
    }

    private static String target() {
        return LAB.user() + "@" + LAB.sshdAddress() + ":" + LAB.sshdPort();
    }

    private static HostEntry awaitRead(ConsoleFixture app, String label) throws Exception {
        HostEntry e = app.viewModel().hosts().hosts().stream().filter(h -> h.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no host " + label));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(label + ": " + e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);
        return e;
    }

    private static List<String> rememberedLabels(Path home) {
        return new SettingsStore(home).load().settings().hosts().stream().map(RememberedHost::label).toList();
    }

    @Test
    void hostsWindowAndViewAreBackAndConnectedAfterARestart(FxRobot robot) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path knownHosts = Files.copy(LAB.knownHosts(), dir.resolve("known_hosts"));
        ConsoleFixture first = ConsoleFixture.startInNewWindow(robot, ssh(knownHosts), home);
        robot.interact(() -> {
            first.controller().addHost(new HostRequest("ns", nsTarget(), null, LAB.key()));
            first.controller().addHost(new HostRequest("lab", null, LAB.libvirtUri(), null));
        });
        awaitRead(first, "ns");
        awaitRead(first, "lab");
        String bridge = first.awaitScene(WAIT, s -> s.graph().collapsible().stream().anyMatch(id -> id.startsWith("lab/")))
                .graph().collapsible().stream().filter(id -> id.startsWith("lab/")).sorted().findFirst().orElseThrow();
        // the admin's arrangement of the window
        Stage stage = first.stage();
        Spinner<Integer> every = robot.lookup("#refreshSpinner").query();
        SplitPane hostsSplit = robot.lookup("#hostsSplit").query();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            hostsSplit.setDividerPositions(0.22, 0.7);
            every.getValueFactory().setValue(45);
            first.viewModel().topology().toggleCollapse(bridge);
        });
        robot.interact(ConsoleFixture.menuItem(robot, "darkThemeItem")::fire);
        assertThat(Themes.isDark(stage.getScene())).isTrue();
        first.close(WAIT);

        String file = Files.readString(home.resolve(SettingsStore.FILE));
        assertThat(rememberedLabels(home)).containsExactly("ns", "lab");
        assertThat(file).contains(LAB.key().toString()).doesNotContainIgnoringCase("password")
                .doesNotContainIgnoringCase("passphrase");

        ConsoleFixture second = ConsoleFixture.startInNewWindow(robot, ssh(knownHosts), home);
        assertThat(second.viewModel().hosts().hosts()).extracting(HostEntry::label).containsExactly("ns", "lab");
        HostEntry ns = awaitRead(second, "ns");
        awaitRead(second, "lab");
        second.awaitScene(WAIT, s -> s.graph().graph().hosts().contains("lab")
                && s.graph().graph().hosts().contains(ns.topologyProperty().get().name()));
        Stage again = second.stage();
        assertThat(again.getX()).isEqualTo(40.0);
        assertThat(again.getY()).isEqualTo(30.0);
        assertThat(again.getWidth()).isEqualTo(1100.0);
        assertThat(again.getHeight()).isEqualTo(700.0);
        assertThat(Themes.isDark(again.getScene())).isTrue();
        assertThat(((RadioMenuItem) ConsoleFixture.menuItem(robot, "darkThemeItem")).isSelected()).isTrue();
        assertThat(robot.lookup("#refreshSpinner").<Spinner<Integer>>query().getValue()).isEqualTo(45);
        assertThat(second.viewModel().hosts().refreshSecondsProperty().get()).isEqualTo(45);
        SplitPane splitAgain = robot.lookup("#hostsSplit").query();
        assertThat(splitAgain.getDividerPositions()[0]).isCloseTo(0.22, within(0.01));
        assertThat(splitAgain.getDividerPositions()[1]).isCloseTo(0.7, within(0.01));
        assertThat(second.viewModel().topology().collapsed()).contains(bridge);
        second.awaitScene(WAIT, s -> s.graph().hidden().containsKey(bridge)); // drawn collapsed

        // removing a host removes it from the file
        robot.interact(() -> second.viewModel().hosts().remove(ns));
        Await.until("console.json without the removed host", WAIT, () -> rememberedLabels(home).equals(List.of("lab")));
        second.close(WAIT);
        assertThat(rememberedLabels(home)).containsExactly("lab");
    }

    @Test
    void aRememberedHostWithAnUnknownKeyAsksAndIsNotAcceptedByItself(FxRobot robot) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path knownHosts = Files.createFile(dir.resolve("known_hosts"));
        new SettingsStore(home).save(ConsoleSettings.defaults()
                .withHosts(List.of(new RememberedHost("loop", target(), null, LAB.key()))));
        ConsoleFixture app = ConsoleFixture.startInNewWindow(robot, ssh(knownHosts), home);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> robot.lookup("#" + HostKeyPrompt.DIALOG_ID).tryQuery().isPresent());
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        assertThat(e.statusProperty().get()).isEqualTo(HostEntry.Status.READING); // waiting for the answer
        robot.clickOn((Node) robot.lookup("#hostKeyRefuse").query());
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).isEqualTo(HostEntry.Status.FAILED);
        assertThat(e.errorProperty().get()).contains("not known");
        assertThat(Files.readString(knownHosts)).isEmpty();
        app.close(WAIT);
        // refused is not forgotten: the next start asks again
        assertThat(rememberedLabels(home)).containsExactly("loop");
    }
}
