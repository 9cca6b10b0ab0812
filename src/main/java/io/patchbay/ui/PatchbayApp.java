package io.patchbay.ui;

import io.patchbay.cli.ConsoleHome;
import io.patchbay.discovery.ssh.SshSettings;
import java.nio.file.Path;
import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.common.FirstFrameLog;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.main.MainController;
import io.patchbay.ui.main.MainViewModel;
import io.patchbay.ui.main.Themes;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The console window. It shows this computer at once and reads it in the background. */
public class PatchbayApp extends Application {
    private BackgroundTasks tasks;
    private MainViewModel viewModel;
    private MainController controller;

    public static void launchApp(String[] args) {
        Application.launch(PatchbayApp.class, args);
    }

    /** SSH settings for hosts added in the window (tests point known_hosts elsewhere). */
    protected SshSettings sshSettings() {
        return SshSettings.defaults();
    }

    /** Where the journal and the MAC pools live (tests use their own). */
    protected Path consoleHome() {
        return ConsoleHome.resolve(null, System.getenv());
    }

    /** Whether to add "This computer" at start. */
    protected boolean addThisComputer() {
        return true;
    }

    @Override
    public void start(Stage stage) {
        tasks = BackgroundTasks.platform();
        viewModel = new MainViewModel(tasks, sshSettings());
        viewModel.setConsoleHome(consoleHome());
        Parent root = Fxml.load(Fxml.File.MAIN_WINDOW, type -> {
            controller = new MainController(viewModel, stage);
            return controller;
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        Themes.apply(scene, false);
        stage.setTitle(Fxml.strings().getString("app.title"));
        stage.setScene(scene);
        FirstFrameLog.install(scene);
        stage.show();
        if (addThisComputer()) {
            viewModel.addThisComputer(Fxml.strings().getString("hosts.thisComputer"));
        }
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainController controller() {
        return controller;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
