package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.settings.ConsoleSettings;
import io.patchbay.settings.SettingsStore;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.change.ChangeTarget;
import io.patchbay.ui.change.ChangeViewModel;
import io.patchbay.ui.common.Fxml;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console in Japanese (chosen in console.json, as View → Language does) refuses three changes against the
 * lab's libvirtd, each in a dialog with the Japanese sentence of its refusal and no command-line option: a live
 * change of the shut-off pbtemplate1, a new vNIC with a MAC pbguest1 has, a move to a bridge the host lacks.
 * Nothing is changed on the lab (every change is refused while planning).
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class JapaneseRefusalsLabTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Lab LAB = Lab.load();
    private static final String HOST = "lab-libvirt";
    private static final Properties JA = japanese();

    private ConsoleFixture app;

    private static Properties japanese() {
        Properties p = new Properties();
        try (InputStream in = JapaneseRefusalsLabTest.class.getResourceAsStream("/i18n/strings_ja.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Start
    void start(Stage stage) throws Exception {
        ConsoleFixture.closeOtherWindows(stage);
        Path home = Files.createTempDirectory("patchbay-ja-home");
        new SettingsStore(home).save(ConsoleSettings.defaults().withLanguage("ja"));
        app = new ConsoleFixture(SshSettings.defaults(), home);
        app.start(stage);
    }

    @Test
    void threeRefusalsEachShowTheirJapaneseSentenceWithoutAnOption(FxRobot robot) throws Exception {
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("ja");
        assertThat(Fxml.strings().getString("change.refusedHeader")).isEqualTo(JA.getProperty("change.refusedHeader"));
        robot.interact(() -> app.controller().addHost(new HostRequest(HOST, null, LAB.libvirtUri(), null)));
        HostEntry e = app.viewModel().hosts().hosts().get(0);
        Await.until("the lab host read", WAIT, () -> e.statusProperty().get() != HostEntry.Status.READING);
        assertThat(e.statusProperty().get()).as(e.errorProperty().get()).isEqualTo(HostEntry.Status.READY);

        // 1. live only, on the shut-off template: chosen in the toolbar as a user would
        ChoiceBox<Object> scope = robot.lookup("#scopeChoice").queryAs(ChoiceBox.class);
        String liveOnly = JA.getProperty("change.scope.live");
        robot.interact(() -> scope.getItems().stream().filter(i -> liveOnly.equals(scope.getConverter().toString(i)))
                .findFirst().ifPresent(scope::setValue));
        assertThat(app.viewModel().change().scopeProperty().get()).isEqualTo(new ScopeRequest(true, false));
        String live = refusal(robot, new VnicIntent.Link("pbtemplate1", "52:54:00:bb:0f:01", false,
                app.viewModel().change().scopeProperty().get()));
        assertSays(live, "core.refusal.LIVE_ON_SHUT_OFF");
        assertThat(live).contains("pbtemplate1").contains(JA.getProperty("change.scope.config"));

        // 2. a MAC pbguest1 has, for a new vNIC of pbguest2
        robot.interact(() -> scope.setValue(scope.getItems().get(0)));
        assertThat(app.viewModel().change().scopeProperty().get()).isEqualTo(ScopeRequest.DEFAULT);
        String inUse = refusal(robot, new VnicIntent.Add("pbguest2", "bridge", "pbbr0", "52:54:00:bb:01:01", null,
                "virtio", ScopeRequest.DEFAULT));
        assertSays(inUse, "core.refusal.MAC_IN_USE");
        assertThat(inUse).contains("52:54:00:bb:01:01").contains("pbguest1");

        // 3. a bridge the host does not have
        String bridge = refusal(robot, new VnicIntent.Move("pbguest1", "52:54:00:bb:01:01", "pbnosuchbr",
                ScopeRequest.DEFAULT));
        assertSays(bridge, "core.refusal.BRIDGE_NOT_FOUND");
        assertThat(bridge).contains("pbnosuchbr").contains("pbbr0").contains("pbbr1");
    }

    /** Requests the change as the graph's gestures do and returns the text of the refusal dialog that opens. */
    private String refusal(FxRobot robot, VnicIntent intent) throws Exception {
        ChangeViewModel change = app.viewModel().change();
        robot.interact(() -> {
            ChangeTarget target = app.viewModel().changeTarget(HOST).orElseThrow();
            ChangeViewModel.Context ctx = new ChangeViewModel.Context(Map.of(), app.viewModel().topologyOf(HOST), null,
                    app.viewModel().managedHosts());
            assertThat(change.request(target, app.viewModel().peersOf(HOST), intent, ctx)).isTrue();
        });
        DialogPane pane = Await.value("the refusal dialog", WAIT,
                () -> robot.lookup("#changeFailedDialog").tryQueryAs(DialogPane.class));
        Await.until("the change ended", WAIT, () -> !change.busy());
        assertThat(pane.getHeaderText()).isEqualTo(JA.getProperty("change.refusedHeader"));
        String text = pane.getContentText();
        Screenshots.snap(pane.getScene().getWindow(), snapshotFile(intent));
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        Await.until("the dialog closed", WAIT, () -> robot.lookup("#changeFailedDialog").tryQuery().isEmpty());
        assertThat(text).doesNotContain("--");
        return text;
    }

    private static Path snapshotFile(VnicIntent intent) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "japanese-refusals"));
        return dir.resolve(intent.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ".png");
    }

    /** The text is the Japanese pattern of {@code key} with its arguments filled in. */
    private static void assertSays(String text, String key) {
        String pattern = JA.getProperty(key);
        assertThat(pattern).as(key).isNotNull();
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("%(\\d+\\$)?[sd]").matcher(pattern);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(at, m.start()))).append(".+?");
            at = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(at)));
        assertThat(text).as(key).matches(Pattern.compile(regex.toString(), Pattern.DOTALL));
        assertThat(text).as("Japanese").matches("(?s).*[\\u3040-\\u30ff].*");
    }
}
