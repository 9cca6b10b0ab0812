package io.patchbay.ui;

import io.patchbay.ui.common.BackgroundTasks;
import io.patchbay.ui.common.FirstFrameLog;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.main.MainController;
import io.patchbay.ui.main.MainViewModel;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The console window. It shows this computer at once and reads it in the background. */
public final class PatchbayApp extends Application {
    private BackgroundTasks tasks;

    public static void launchApp(String[] args) {
        Application.launch(PatchbayApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        tasks = BackgroundTasks.platform();
        MainViewModel vm = new MainViewModel(tasks);
        Parent root = Fxml.load(Fxml.File.MAIN_WINDOW, type -> new MainController(vm, stage));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(PatchbayApp.class.getResource("/css/patchbay.css").toExternalForm());
        stage.setTitle(Fxml.strings().getString("app.title"));
        stage.setScene(scene);
        FirstFrameLog.install(scene);
        stage.show();
        vm.addThisComputer(Fxml.strings().getString("hosts.thisComputer"));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
