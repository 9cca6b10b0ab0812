package io.patchbay.ui.settings;

import io.patchbay.settings.ConsoleSettings;
import io.patchbay.settings.DesktopColorScheme;
import io.patchbay.settings.SettingsLoad;
import io.patchbay.settings.SettingsSaver;
import io.patchbay.settings.SettingsStore;
import io.patchbay.settings.Theme;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.main.MainViewModel;
import io.patchbay.ui.main.Themes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;

/**
 * The console and its console.json: reads it at start (a small file, before the window shows, so
 * the window opens where it was), puts the remembered state into the window, and from then on
 * hands every change to a {@link SettingsSaver} that writes off the FX thread. Remembered hosts are
 * added after the main window is up and connect in the background.
 */
public final class SettingsBinder {
    /** How long the settings stay unchanged before they are written (a dragged window writes once). */
    static final Duration QUIET = Duration.ofMillis(300);
    /** How long closing the console waits for the last write. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final SettingsStore store;
    private final SettingsLoad load;
    private final SettingsSaver saver;
    private final AtomicBoolean saveFailureTold = new AtomicBoolean();
    /** The desktop's light or dark, read in the background at a first start (no usable console.json). */
    private final CompletableFuture<Optional<Theme>> desktopTheme;
    private boolean startedDark;
    private ConsoleSettings base;
    private Stage stage;
    private MainViewModel vm;
    private WindowPlacement placement;
    private SplitPositions splits;

    private SettingsBinder(SettingsStore store) {
        this.store = store;
        this.load = store.load();
        this.base = load.settings();
        this.saver = new SettingsSaver(store, base, QUIET, this::saveFailed);
        this.desktopTheme = followsDesktop() ? DesktopColorScheme.readInBackground()
                : CompletableFuture.completedFuture(Optional.empty());
    }

    /** A theme was remembered: console.json was read. Else the desktop's preference decides. */
    private boolean followsDesktop() {
        return load.outcome() != SettingsLoad.Outcome.READ;
    }

    /** Reads console.json of {@code home} (never fails: see {@link SettingsStore#load}). */
    public static SettingsBinder open(Path home) {
        return new SettingsBinder(new SettingsStore(home));
    }

    /** What was read at start. */
    public ConsoleSettings remembered() {
        return load.settings();
    }

    /** Makes the remembered language the default, before any string is loaded (nothing when it is the system's). */
    public void applyLanguage() {
        String tag = load.settings().language();
        if (tag != null) {
            Locale.setDefault(Locale.forLanguageTag(tag));
        }
    }

    /**
     * Whether the window starts dark: the remembered theme, or at a first start the desktop's
     * preference when it is known already (else the window follows it once it is, see {@link #attach}).
     */
    public boolean dark() {
        startedDark = followsDesktop() ? desktopTheme.getNow(Optional.empty()).orElse(Theme.LIGHT) == Theme.DARK
                : load.settings().theme() == Theme.DARK;
        return startedDark;
    }

    /** The remembered refresh interval and collapsed bridges, before the main window is built from {@code vm}. */
    public void prepare(MainViewModel model) {
        this.vm = model;
        model.hosts().refreshSecondsProperty().set(load.settings().refreshSeconds());
        model.topology().collapseAll(load.settings().collapsedBridges());
    }

    /** Puts the window where it was, before it shows. */
    public void placeWindow(Stage s) {
        this.stage = s;
        WindowPlacement.restore(s, load.settings().window());
    }

    /**
     * Once the main window is built and showing: the split positions, the theme's menu item, the
     * language menu, the remembered hosts (connecting in the background), the notice about an
     * unusable file; then follows every change.
     */
    public void attach() {
        Scene scene = stage.getScene();
        splits = SplitPositions.of(scene.getRoot());
        splits.apply(load.settings().splits());
        MenuItems.find(scene.getRoot(), Themes.isDark(scene) ? "darkThemeItem" : "lightThemeItem")
                .ifPresent(i -> ((RadioMenuItem) i).setSelected(true));
        MenuItems.find(scene.getRoot(), "languageMenu").ifPresent(m -> LanguageMenu.fill((Menu) m,
                ConsoleLanguage.of(load.settings().language()), Fxml.strings(), this::languageChosen));
        desktopTheme.thenAccept(t -> t.ifPresent(theme -> Platform.runLater(() -> followDesktop(theme == Theme.DARK))));
        RememberedHosts.restore(load.settings().hosts(), vm);
        placement = WindowPlacement.follow(stage, load.settings().window(), this::changed);
        splits.onChange(this::changed);
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> changed());
        vm.hosts().refreshSecondsProperty().addListener((o, a, b) -> changed());
        vm.topology().collapsed().addListener((SetChangeListener<String>) c -> changed());
        vm.hostRequests().addListener((MapChangeListener<HostEntry, HostRequest>) c -> changed());
        changed(); // what the restore changed (a host that could not be added any more is forgotten)
        SettingsNotice.of(load, store.file()).ifPresent(t -> SettingsNotice.show(t, Fxml.strings(), stage));
    }

    /** The desktop's preference came after the window showed: taken unless the theme was chosen meanwhile. */
    private void followDesktop(boolean dark) {
        Scene scene = stage.getScene();
        if (Themes.isDark(scene) == startedDark && dark != startedDark) {
            Themes.apply(scene, dark);
            MenuItems.find(scene.getRoot(), dark ? "darkThemeItem" : "lightThemeItem")
                    .ifPresent(i -> ((RadioMenuItem) i).setSelected(true));
        }
    }

    private void languageChosen(ConsoleLanguage l) {
        base = base.withLanguage(l.tag());
        changed();
        status(String.format(Fxml.strings().getString("settings.language.next"),
                Fxml.strings().getString(l.nameKey())));
    }

    /** The window's state now (FX thread). */
    ConsoleSettings snapshot() {
        Map<String, List<Double>> positions = new LinkedHashMap<>(base.splits());
        positions.putAll(splits.read());
        return base.withHosts(RememberedHosts.of(vm))
                .withWindow(placement.current() == null ? base.window() : placement.current())
                .withSplits(positions)
                .withTheme(Themes.isDark(stage.getScene()) ? Theme.DARK : Theme.LIGHT)
                .withRefreshSeconds(vm.hosts().refreshSecondsProperty().get())
                .withCollapsedBridges(Set.copyOf(vm.topology().collapsed()));
    }

    private void changed() {
        saver.submit(snapshot());
    }

    private void saveFailed(IOException e) {
        if (saveFailureTold.compareAndSet(false, true)) {
            Platform.runLater(() -> status(String.format(Fxml.strings().getString("settings.saveFailed"),
                    store.file(), e.getMessage())));
        }
    }

    private void status(String text) {
        if (stage.getScene() != null && stage.getScene().lookup("#statusLabel") instanceof Label l) {
            l.setText(text);
        }
    }

    /**
     * The console is closing: writes the last state (waiting at most {@link #CLOSE_WAIT}) and stops
     * the writer. Returns whether the file holds it.
     */
    public boolean close() {
        boolean written = true;
        if (placement != null) {
            saver.submit(snapshot());
            written = saver.flush(CLOSE_WAIT);
        }
        saver.close();
        return written;
    }
}
