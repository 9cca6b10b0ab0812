package io.patchbay.ui;

import io.patchbay.testsupport.Await;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.ui.topology.GraphScene;
import io.patchbay.ui.topology.TopologyViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.testfx.util.WaitForAsyncUtils;

/** The real window for tests: no "This computer" unless asked, SSH settings of the test's choosing. */
final class ConsoleFixture extends PatchbayApp {
    private final SshSettings ssh;
    private final Path home;
    /** The local libvirt URIs "This computer" probes, or null for no "This computer". */
    private java.util.List<String> thisComputerProbes;
    private javafx.stage.Stage stage;

    ConsoleFixture(SshSettings ssh) {
        this(ssh, null);
    }

    /** @param home the console home (journal, MAC pools), or null for a fresh temporary one */
    ConsoleFixture(SshSettings ssh, Path home) {
        this.ssh = ssh;
        this.home = home;
    }

    @Override
    protected Path consoleHome() {
        if (home != null) {
            return home;
        }
        try {
            // never the user's own journal and pools
            return java.nio.file.Files.createTempDirectory("patchbay-test-home");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ConsoleFixture() {
        this(SshSettings.defaults());
    }

    /** The console with "This computer", as launched, whose local libvirt daemons are {@code probes} (in order). */
    static ConsoleFixture withThisComputer(SshSettings ssh, Path home, java.util.List<String> probes) {
        ConsoleFixture f = new ConsoleFixture(ssh, home);
        f.thisComputerProbes = java.util.List.copyOf(probes);
        return f;
    }

    /**
     * Starts the console in {@code stage} as the only window, in front with the keyboard: a window
     * an earlier test class left open would otherwise take the keys, clicks and drags.
     */
    @Override
    public void start(javafx.stage.Stage stage) {
        this.stage = stage;
        closeOtherWindows(stage);
        freshGeometry(stage);
        super.start(stage);
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * TestFX hands every test class the same primary stage: the bounds an earlier console restored
     * or followed there (a remembered geometry, a maximized window) would carry over and put the
     * graph where clicks and drags do not reach. Each console starts in the bounds a first start has.
     */
    private static void freshGeometry(javafx.stage.Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMaximized(false);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(Math.min(1440, screen.getWidth()));
        stage.setHeight(Math.min(900, screen.getHeight()));
    }

    /** A console in a window of its own on {@code home}, as a user starts it again (from a test thread). */
    static ConsoleFixture startInNewWindow(org.testfx.api.FxRobot robot, SshSettings ssh, Path home) {
        ConsoleFixture app = new ConsoleFixture(ssh, home);
        robot.interact(() -> app.start(new javafx.stage.Stage()));
        return app;
    }

    /** The console's window. */
    javafx.stage.Stage stage() {
        return stage;
    }

    /**
     * Closes the console as a user does (from a thread that is not the FX thread): its hosts' connections close (they
     * stay in the list, so they stay remembered), then the application stops and the window goes.
     */
    void close(Duration wait) throws Exception {
        java.util.List<io.patchbay.ui.hosts.HostEntry> hosts = new java.util.ArrayList<>(viewModel().hosts().hosts());
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> hosts.forEach(viewModel().hosts()::disconnect)));
        WaitForAsyncUtils.waitFor(wait.toSeconds(), TimeUnit.SECONDS, () -> hosts.stream()
                .allMatch(h -> h.statusProperty().get() == io.patchbay.ui.hosts.HostEntry.Status.DISCONNECTED));
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            stop();
            stage.hide();
        }));
    }

    /** Hides every showing window but {@code keep} (FX thread). */
    static void closeOtherWindows(javafx.stage.Window keep) {
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != keep && w.isShowing()) {
                w.hide();
            }
        }
    }

    @Override
    protected SshSettings sshSettings() {
        return ssh;
    }

    @Override
    protected boolean addThisComputer() {
        return thisComputerProbes != null;
    }

    @Override
    protected java.util.List<String> localLibvirtUris() {
        return thisComputerProbes == null ? java.util.List.of() : thisComputerProbes;
    }

    /** As {@link #awaitScene} from a thread that is neither FX nor TestFX's (tools). */
    GraphScene awaitSceneFromOutside(Duration timeout, Predicate<GraphScene> p) {
        return Await.value("a graph scene", timeout, () -> {
            GraphScene s = viewModel().topology().sceneProperty().get();
            return s != null && p.test(s) ? java.util.Optional.of(s) : java.util.Optional.empty();
        });
    }

    /** Waits (bounded) until the graph shows a scene that satisfies {@code p}. */
    GraphScene awaitScene(Duration timeout, Predicate<GraphScene> p) throws Exception {
        TopologyViewModel t = viewModel().topology();
        WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> {
            GraphScene s = t.sceneProperty().get();
            return s != null && p.test(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return t.sceneProperty().get();
    }

    /** Adds the lab's libvirtd as host "lab" with {@code home} as console home, and waits until it is read. */
    io.patchbay.ui.hosts.HostEntry addLabLibvirtHost(org.testfx.api.FxRobot robot, Path home, String uri, Duration wait)
            throws Exception {
        robot.interact(() -> {
            viewModel().setConsoleHome(home);
            controller().addHost(new io.patchbay.ui.hosts.HostRequest("lab", null, uri, null));
        });
        io.patchbay.ui.hosts.HostEntry e = viewModel().hosts().hosts().get(0);
        WaitForAsyncUtils.waitFor(wait.toSeconds(), TimeUnit.SECONDS,
                () -> e.statusProperty().get() != io.patchbay.ui.hosts.HostEntry.Status.READING);
        org.assertj.core.api.Assertions.assertThat(e.statusProperty().get()).as(e.errorProperty().get())
                .isEqualTo(io.patchbay.ui.hosts.HostEntry.Status.READY);
        return e;
    }

    /** Chooses the menu bar item {@code itemId} and waits (bounded) until the dialog {@code dialogId} shows. */
    static void openFromMenu(org.testfx.api.FxRobot robot, String itemId, String dialogId) throws Exception {
        javafx.scene.control.MenuItem item = menuItem(robot, itemId);
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + dialogId).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
    }

    /** The item {@code itemId} of a menu of the menu bar. */
    static javafx.scene.control.MenuItem menuItem(org.testfx.api.FxRobot robot, String itemId) {
        return menuItem(robot.lookup(".menu-bar").<javafx.scene.control.MenuBar>query(), itemId);
    }

    /** The item {@code itemId} of a menu of {@code window}'s menu bar (FX thread). */
    static javafx.scene.control.MenuItem menuItemOf(javafx.stage.Window window, String itemId) {
        return menuItem((javafx.scene.control.MenuBar) window.getScene().lookup(".menu-bar"), itemId);
    }

    private static javafx.scene.control.MenuItem menuItem(javafx.scene.control.MenuBar bar, String itemId) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + itemId));
    }
}
