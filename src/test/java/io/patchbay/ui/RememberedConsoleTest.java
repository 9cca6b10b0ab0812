package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.settings.SettingsLoad;
import io.patchbay.settings.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The console and a console.json it cannot use: a clean start, said once, the broken file kept. */
@ExtendWith(ApplicationExtension.class)
class RememberedConsoleTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    private SshSettings ssh() {
        return SshSettings.forHome(dir, Optional.empty()).withKnownHosts(dir.resolve("known_hosts"))
                .withSshConfig(dir.resolve("no-config"));
    }

    private static List<Path> brokenCopies(Path home) throws Exception {
        try (Stream<Path> s = Files.list(home)) {
            return s.filter(p -> p.getFileName().toString().startsWith(SettingsStore.FILE + SettingsStore.BROKEN_INFIX))
                    .toList();
        }
    }

    @Test
    void aCorruptedFileGivesACleanStartSaysSoOnceAndKeepsTheBrokenCopy(FxRobot robot) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        // cut off mid-write by something that did not write atomically
        byte[] garbage = "{\"version\":1,\"hosts\":[{\"label\":\"web\",\"ssh\":\"admin@web1".getBytes(StandardCharsets.UTF_8);
        Files.write(home.resolve(SettingsStore.FILE), garbage);

        ConsoleFixture first = ConsoleFixture.startInNewWindow(robot, ssh(), home);
        assertThat(first.stage().isShowing()).isTrue();
        DialogPane notice = robot.lookup("#settingsNotice").query();
        List<Path> broken = brokenCopies(home);
        assertThat(broken).hasSize(1);
        assertThat(Files.readAllBytes(broken.get(0))).isEqualTo(garbage);
        assertThat(notice.getContentText()).contains(broken.get(0).toString()).contains("starts clean");
        assertThat(first.viewModel().hosts().hosts()).isEmpty();
        robot.interact(() -> notice.getScene().getWindow().hide());
        first.close(WAIT);
        // the clean start wrote a good file at close
        SettingsLoad written = new SettingsStore(home).load();
        assertThat(written.outcome()).isEqualTo(SettingsLoad.Outcome.READ);
        assertThat(written.settings().window()).isNotNull();

        ConsoleFixture second = ConsoleFixture.startInNewWindow(robot, ssh(), home);
        assertThat(second.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#settingsNotice").tryQuery()).isEmpty();
        assertThat(brokenCopies(home)).containsExactlyElementsOf(broken);
        second.close(WAIT);
    }

    @Test
    void aLanguageChosenInTheMenuIsRememberedForTheNextStart(FxRobot robot) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        ConsoleFixture app = ConsoleFixture.startInNewWindow(robot, ssh(), home);
        javafx.scene.control.Menu languages = (javafx.scene.control.Menu) ConsoleFixture.menuItem(robot, "languageMenu");
        assertThat(languages.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsExactly("language-system", "language-english", "language-japanese");
        assertThat(((javafx.scene.control.RadioMenuItem) languages.getItems().get(0)).isSelected()).isTrue();
        robot.interact(() -> languages.getItems().get(2).fire());
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("next start");
        io.patchbay.testsupport.Await.until("console.json with the language", WAIT,
                () -> "ja".equals(new SettingsStore(home).load().settings().language()));
        // not started again here: the language is the JVM's default locale, which the other tests share
        app.close(WAIT);
        assertThat(new SettingsStore(home).load().settings().language()).isEqualTo("ja");
    }
}
