package io.patchbay.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static final RememberedHost SSH = new RememberedHost("loop", "pbtest@127.0.0.1:2222", null,
            Path.of("/run/patchbay-lab/client/id_ed25519"));
    private static final RememberedHost LIBVIRT = new RememberedHost(null, null, "qemu:///system", null);

    @TempDir
    Path home;

    private static ConsoleSettings full() {
        return ConsoleSettings.defaults().withHosts(List.of(SSH, LIBVIRT))
                .withWindow(new WindowGeometry(40, 30.5, 1100, 720, true))
                .withSplits(Map.of("hostsSplit", List.of(0.2, 0.75), "mainSplit", List.of(0.6)))
                .withTheme(Theme.DARK).withLanguage("ja").withRefreshSeconds(45)
                .withCollapsedBridges(Set.of("lab/pbbr0", "rhev-host-01/ovirtmgmt"));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        ConsoleSettings s = full();
        assertThat(new SettingsStore(home).save(s)).isTrue();
        SettingsLoad l = new SettingsStore(home).load();
        assertThat(l.outcome()).isEqualTo(SettingsLoad.Outcome.READ);
        assertThat(l.settings()).isEqualTo(s);
        assertThat(l.settings().hosts()).containsExactly(SSH, LIBVIRT); // in the list's order
    }

    @Test
    void noFileIsAFirstStartWithTheDefaultsAndSavingMakesTheHome() throws Exception {
        Path fresh = home.resolve("not/yet");
        SettingsStore store = new SettingsStore(fresh);
        SettingsLoad l = store.load();
        assertThat(l.outcome()).isEqualTo(SettingsLoad.Outcome.NONE);
        assertThat(l.settings()).isEqualTo(ConsoleSettings.defaults());
        assertThat(store.save(full())).isTrue();
        assertThat(Files.exists(fresh.resolve(SettingsStore.FILE))).isTrue();
    }

    @Test
    void theFileIsVersionedAndAHostCarriesOnlyItsLabelTargetUriAndKeyPath() throws Exception {
        new SettingsStore(home).save(full());
        JsonNode root = new ObjectMapper().readTree(home.resolve(SettingsStore.FILE).toFile());
        assertThat(root.path("version").asInt()).isEqualTo(SettingsJson.VERSION);
        JsonNode host = root.path("hosts").get(0);
        assertThat(host.fieldNames()).toIterable().containsExactly("label", "ssh", "identity");
        assertThat(host.path("identity").asText()).isEqualTo("/run/patchbay-lab/client/id_ed25519");
        assertThat(root.path("hosts").get(1).fieldNames()).toIterable().containsExactly("libvirt");
        assertThat(root.path("theme").asText()).isEqualTo("dark");
        assertThat(root.path("collapsedBridges")).hasSize(2);
    }

    @Test
    void anAtomicWriteLeavesNoTemporaryFile() throws Exception {
        SettingsStore store = new SettingsStore(home);
        store.save(ConsoleSettings.defaults());
        store.save(full());
        assertThat(files()).containsExactly(SettingsStore.FILE);
        assertThat(SettingsJson.read(Files.readAllBytes(store.file()), "x")).isEqualTo(full());
    }

    @Test
    void aWriteThatFailsLeavesNoTemporaryFileAndTheOldFileAlone() throws Exception {
        // console.json is a folder with a file in it: the rename over it fails
        Files.createDirectories(home.resolve(SettingsStore.FILE));
        Files.writeString(home.resolve(SettingsStore.FILE).resolve("keep"), "x");
        SettingsStore store = new SettingsStore(home);
        assertThatThrownBy(() -> store.save(full())).isInstanceOf(IOException.class);
        assertThat(files()).containsExactly(SettingsStore.FILE);
        assertThat(Files.readString(home.resolve(SettingsStore.FILE).resolve("keep"))).isEqualTo("x");
    }

    @Test
    void removingAHostRemovesItFromTheFile() throws Exception {
        SettingsStore store = new SettingsStore(home);
        store.save(full());
        store.save(full().withHosts(List.of(LIBVIRT)));
        assertThat(new SettingsStore(home).load().settings().hosts()).containsExactly(LIBVIRT);
        assertThat(Files.readString(store.file())).doesNotContain("127.0.0.1:2222").doesNotContain("loop");
    }

    @Test
    void aBrokenFileIsMovedAsideWithItsTimeAndTheConsoleStartsClean() throws Exception {
        byte[] garbage = "{\"version\":1,\"hosts\":[{\"ssh\":".getBytes(StandardCharsets.UTF_8);
        Files.write(home.resolve(SettingsStore.FILE), garbage);
        SettingsStore store = new SettingsStore(home, CLOCK);
        SettingsLoad l = store.load();
        assertThat(l.outcome()).isEqualTo(SettingsLoad.Outcome.MOVED_ASIDE);
        assertThat(l.settings()).isEqualTo(ConsoleSettings.defaults());
        assertThat(l.movedTo()).isEqualTo(home.resolve("console.json.broken-20250304T050607Z"));
        assertThat(Files.readAllBytes(l.movedTo())).isEqualTo(garbage);
        assertThat(l.problem()).contains("not valid JSON");
        assertThat(files()).containsExactly("console.json.broken-20250304T050607Z");
        // the clean start saves again
        assertThat(store.save(full())).isTrue();
        assertThat(new SettingsStore(home).load().settings()).isEqualTo(full());
    }

    @Test
    void aSecondBrokenFileInTheSameSecondDoesNotReplaceTheFirstCopy() throws Exception {
        Files.writeString(home.resolve(SettingsStore.FILE), "first");
        new SettingsStore(home, CLOCK).load();
        Files.writeString(home.resolve(SettingsStore.FILE), "second");
        SettingsLoad l = new SettingsStore(home, CLOCK).load();
        assertThat(l.movedTo().getFileName().toString()).isEqualTo("console.json.broken-20250304T050607Z-1");
        assertThat(Files.readString(home.resolve("console.json.broken-20250304T050607Z"))).isEqualTo("first");
        assertThat(Files.readString(l.movedTo())).isEqualTo("second");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]",
        "{\"hosts\":[]}",
        "{\"version\":\"1\"}",
        "{\"version\":1,\"hosts\":{}}",
        "{\"version\":1,\"hosts\":[{\"label\":\"no target\"}]}",
        "{\"version\":1,\"hosts\":[{\"ssh\":42}]}",
        "{\"version\":1,\"theme\":\"pink\"}",
        "{\"version\":1,\"refreshSeconds\":-5}",
        "{\"version\":1,\"refreshSeconds\":1.5}",
        "{\"version\":1,\"window\":{\"x\":0,\"y\":0,\"width\":0,\"height\":600}}",
        "{\"version\":1,\"splits\":{\"mainSplit\":[1.5]}}",
        "{\"version\":1,\"language\":\"../../etc\"}",
        "{\"version\":1,\"collapsedBridges\":[1]}"
    })
    void aFileThisConsoleWouldNeverWriteIsMovedAside(String json) throws Exception {
        Files.writeString(home.resolve(SettingsStore.FILE), json);
        SettingsLoad l = new SettingsStore(home, CLOCK).load();
        assertThat(l.outcome()).as(l.problem()).isEqualTo(SettingsLoad.Outcome.MOVED_ASIDE);
        assertThat(Files.readString(l.movedTo())).isEqualTo(json);
        assertThat(Files.exists(home.resolve(SettingsStore.FILE))).isFalse();
    }

    @Test
    void unknownFieldsOfVersionOneAreIgnoredAndAbsentOnesTakeTheirDefaults() throws Exception {
        Files.writeString(home.resolve(SettingsStore.FILE), "{\"version\":1,\"later\":{\"a\":1},"
                + "\"hosts\":[{\"libvirt\":\"qemu:///system\",\"colour\":\"red\"}]}");
        SettingsLoad l = new SettingsStore(home).load();
        assertThat(l.outcome()).isEqualTo(SettingsLoad.Outcome.READ);
        assertThat(l.settings()).isEqualTo(ConsoleSettings.defaults().withHosts(List.of(LIBVIRT)));
    }

    @Test
    void aNewerVersionIsLeftAsItIsAndThisSessionSavesNothing() throws Exception {
        String newer = "{\"version\":2,\"hosts\":[{\"ssh\":\"a\",\"password-vault\":\"x\"}]}";
        Files.writeString(home.resolve(SettingsStore.FILE), newer);
        SettingsStore store = new SettingsStore(home, CLOCK);
        SettingsLoad l = store.load();
        assertThat(l.outcome()).isEqualTo(SettingsLoad.Outcome.NEWER_VERSION);
        assertThat(l.version()).isEqualTo(2);
        assertThat(l.settings()).isEqualTo(ConsoleSettings.defaults());
        assertThat(store.saves()).isFalse();
        assertThat(store.save(full())).isFalse();
        assertThat(Files.readString(store.file())).isEqualTo(newer);
        assertThat(files()).containsExactly(SettingsStore.FILE);
    }

    @Test
    void anUnreadableFileIsMovedAsideToo() throws Exception {
        // a folder where the file should be cannot be read as a file
        Files.createDirectories(home.resolve(SettingsStore.FILE));
        SettingsLoad l = new SettingsStore(home, CLOCK).load();
        assertThat(l.outcome()).isEqualTo(SettingsLoad.Outcome.MOVED_ASIDE);
        assertThat(Files.isDirectory(l.movedTo())).isTrue();
        assertThat(l.problem()).contains("cannot be read");
    }
}
