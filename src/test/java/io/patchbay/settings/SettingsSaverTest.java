package io.patchbay.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSaverTest {
    @TempDir
    Path home;

    @Test
    void aBurstOfChangesIsWrittenOnceWithTheNewest() throws Exception {
        SettingsStore store = new SettingsStore(home);
        List<IOException> failures = new ArrayList<>();
        // a quiet time far longer than the test: only the flush writes
        try (SettingsSaver saver = new SettingsSaver(store, ConsoleSettings.defaults(), Duration.ofHours(1), failures::add)) {
            for (int s = 1; s <= 50; s++) {
                saver.submit(ConsoleSettings.defaults().withRefreshSeconds(s));
            }
            assertThat(Files.exists(store.file())).isFalse();
            assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(store.load().settings().refreshSeconds()).isEqualTo(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void theQuietTimeWritesWithoutAFlush() throws Exception {
        SettingsStore store = new SettingsStore(home);
        try (SettingsSaver saver = new SettingsSaver(store, ConsoleSettings.defaults(), Duration.ofMillis(20), e -> { })) {
            saver.submit(ConsoleSettings.defaults().withRefreshSeconds(7));
            io.patchbay.testsupport.Await.until("console.json written", Duration.ofSeconds(10),
                    () -> Files.exists(store.file()));
        }
        assertThat(store.load().settings().refreshSeconds()).isEqualTo(7);
    }

    @Test
    void settingsEqualToTheFileAreNotWrittenAgain() throws Exception {
        SettingsStore store = new SettingsStore(home);
        try (SettingsSaver saver = new SettingsSaver(store, ConsoleSettings.defaults(), Duration.ofHours(1), e -> { })) {
            saver.submit(ConsoleSettings.defaults());
            assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(Files.exists(store.file())).isFalse();
    }

    @Test
    void aFailedWriteIsToldAndTriedAgainAtTheNextFlush() throws Exception {
        Path blocked = home.resolve(SettingsStore.FILE);
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep"), "x");
        SettingsStore store = new SettingsStore(home);
        List<IOException> failures = new ArrayList<>();
        try (SettingsSaver saver = new SettingsSaver(store, ConsoleSettings.defaults(), Duration.ofHours(1), failures::add)) {
            saver.submit(ConsoleSettings.defaults().withRefreshSeconds(9));
            assertThat(saver.flush(Duration.ofSeconds(10))).isFalse();
            assertThat(failures).hasSize(1);
            Files.delete(blocked.resolve("keep"));
            Files.delete(blocked);
            assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(store.load().settings().refreshSeconds()).isEqualTo(9);
    }
}
