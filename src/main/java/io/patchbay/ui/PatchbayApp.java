package io.patchbay.ui;

import io.patchbay.console.ConsoleHome;
import io.patchbay.console.ThisComputerSource;
import io.patchbay.discovery.ssh.SshSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.common.FirstFrameLog;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.common.LoggingWarmUp;
import io.patchbay.ui.main.MainController;
import io.patchbay.ui.main.MainViewModel;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.settings.SettingsBinder;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The console window. It shows this computer at once and reads it in the background. Launched as
 * the application, it first shows a light scene ({@link StartingView}) and builds the main window
 * once that frame is on its way to the screen, so that the window appears without waiting for the
 * FXML, controls and skins of the whole console.
 */
public class PatchbayApp extends Application {
    private static volatile boolean launched;
    /** The console home chosen on the command line ({@code --home}, $PATCHBAY_HOME, the default). */
    private static volatile Path launchHome;
    private BackgroundTasks tasks;
    private MainViewModel viewModel;
    private MainController controller;
    private SettingsBinder settings;

    /** console.json of {@link #launchHome}, read while the toolkit starts. */
    private static volatile CompletableFuture<SettingsBinder> preloaded;

    /**
     * Opens the console with {@code home} as its console home. Its console.json is read (and the
     * JSON reader loaded) on a thread of its own while the toolkit starts, so the window that waits
     * for it to know its place and language does not wait for the disk.
     */
    public static void launchApp(Path home) {
        launched = true;
        launchHome = home;
        preloaded = CompletableFuture.supplyAsync(() -> SettingsBinder.open(home), r -> {
            Thread t = new Thread(r, "settings-read");
            t.setDaemon(true);
            t.start();
        });
        LoggingWarmUp.start();
        Application.launch(PatchbayApp.class);
    }

    /** The settings of {@code home}: those read while the toolkit started when they are of that home. */
    private static SettingsBinder settingsOf(Path home) {
        CompletableFuture<SettingsBinder> early = preloaded;
        preloaded = null;
        return early != null && home.equals(launchHome) ? early.join() : SettingsBinder.open(home);
    }

    /** SSH settings for hosts added in the window (tests point known_hosts elsewhere). */
    protected SshSettings sshSettings() {
        return SshSettings.defaults();
    }

    /** Where the settings, the journal and the MAC pools live (tests use their own). */
    protected Path consoleHome() {
        Path home = launchHome;
        return home != null ? home : ConsoleHome.resolve(null, System.getenv());
    }

    /** Whether to add "This computer" at start. */
    protected boolean addThisComputer() {
        return true;
    }

    /** The local libvirt daemons "This computer" tries, in order (tests choose theirs). */
    protected List<String> localLibvirtUris() {
        return ThisComputerSource.DEFAULT_URIS;
    }

    /**
     * Whether to show a light scene first and build the main window after its first frame: when
     * launched as the application; tests that call {@link #start} get the main window at once.
     */
    protected boolean lightFirstScene() {
        return launched;
    }

    @Override
    public void start(Stage stage) {
        tasks = BackgroundTasks.platform();
        Path home = consoleHome();
        settings = settingsOf(home); // before any string: the remembered language
        settings.applyLanguage();
        viewModel = new MainViewModel(tasks, sshSettings());
        viewModel.setConsoleHome(home);
        viewModel.setLocalLibvirtUris(localLibvirtUris());
        settings.prepare(viewModel);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1440, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        stage.setTitle(Fxml.strings().getString("app.title"));
        if (!lightFirstScene()) {
            Scene scene = new Scene(mainWindow(stage), width, height);
            Themes.apply(scene, settings.dark());
            stage.setScene(scene);
            settings.placeWindow(stage);
            FirstFrameLog.firstFrame(scene);
            stage.show();
            FirstFrameLog.ready(scene);
            addThisComputerNow();
            return;
        }
        Scene scene = new Scene(StartingView.create(Fxml.strings().getString("app.title"),
                Fxml.strings().getString("app.starting")), width, height);
        Themes.apply(scene, settings.dark());
        stage.setScene(scene);
        settings.placeWindow(stage);
        FirstFrameLog.firstFrame(scene);
        stage.show();
        // after the light frame's layout pulse: that frame is then rendered while the window is built
        afterNextLayoutPulse(scene, () -> {
            Platform.runLater(() -> {
                try {
                    scene.setRoot(mainWindow(stage));
                } catch (RuntimeException e) {
                    // no main window: stop rather than leave the starting scene on screen (the FX thread reports e)
                    Platform.exit();
                    throw e;
                }
                FirstFrameLog.ready(scene);
                // its read starts after the main window's first frame, not competing with it for the CPU
                afterNextLayoutPulse(scene, () -> Platform.runLater(this::addThisComputerNow));
            });
        });
    }

    private static void afterNextLayoutPulse(Scene scene, Runnable r) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private Parent mainWindow(Stage stage) {
        controller = new MainController(viewModel, stage);
        return controller.load();
    }

    private void addThisComputerNow() {
        if (addThisComputer()) {
            viewModel.addThisComputer(Fxml.strings().getString("hosts.thisComputer"));
        }
        settings.attach();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainController controller() {
        return controller;
    }

    /** What the console remembers (tests). */
    public SettingsBinder settings() {
        return settings;
    }

    /** Writes what the console remembers (waiting for it, bounded) and stops its background work. */
    @Override
    public void stop() {
        if (settings != null) {
            settings.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
